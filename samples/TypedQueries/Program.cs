using System;
using CatalogSdk;
using CatalogSdk.Interventional;

Console.WriteLine(Catalogue.Title + " " + Catalogue.Procedures.Count);
var info = Procedure.冠状动脉造影术.GetInfo();
Console.WriteLine(info.Name + " " + info.GradeLabel);
Console.WriteLine(Catalogue.TryFind("ptca", out var p) + " " + p);
Console.WriteLine(Catalogue.TryFind("经颈静脉肝内门体分流术(TIPS)", out p) + " " + p);
