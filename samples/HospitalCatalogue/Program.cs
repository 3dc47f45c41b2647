// A hospital's own catalogue (catalog/hospital.txt) as typed C#, compared with the national interventional catalogue.
// Both come from code generated at build time; catalog/hospital.lock pins the hospital catalogue's IDs and grades, so
// any change to the text fails the build until it is reviewed and accepted (see README.md).
using System;
using System.Text;
using CatalogSdk;
using CatalogSdk.Privileges;
using Hospital;
using Hospital.Catalog;
using National = CatalogSdk.Interventional;

Console.OutputEncoding = Encoding.UTF8;

// 1. 本院目录概况 / The hospital catalogue at a glance.
Console.WriteLine($"《{Catalogue.Title}》 {Catalogue.Procedures.Count} 个手术 procedures, {Catalogue.CatchAllRules.Count} 条兜底规则 catch-all rule(s)");
foreach (var specialty in Catalogue.Specialties)
{
    var counts = new StringBuilder();
    foreach (var grade in SurgicalGrades.All)
    {
        counts.Append($" {grade.GetLabel()} {Catalogue.BySpecialtyAndGrade(specialty.Specialty, grade).Count}");
    }

    Console.WriteLine($"  {specialty.Name}:{counts}");
}

Console.WriteLine();

// 2. 三、四级手术备案清单 / The grade-3 and grade-4 lists the hospital files with the health authority.
foreach (var grade in new[] { SurgicalGrade.Grade3, SurgicalGrade.Grade4 })
{
    Console.WriteLine($"{grade.GetLabel()}备案清单 Grade {(int)grade} filing list ({Catalogue.ByGrade(grade).Count}):");
    foreach (var procedure in Catalogue.ByGrade(grade))
    {
        var approval = Scheduling.NeedsMedicalAffairsApproval(procedure.Procedure) ? " · 需医务部审批 needs approval" : string.Empty;
        Console.WriteLine($"  {procedure.Id,3}  {procedure.Name}（{procedure.PrimarySpecialty.GetName()}）{approval}");
    }
}

Console.WriteLine();

// 3. 与国家目录对照 / Compared with the national catalogue: the hospital's additions and any grade it sets differently.
Console.WriteLine("与国家目录对照 Compared with the national catalogue:");
foreach (var procedure in Catalogue.Procedures)
{
    var national = National.Catalogue.Find(procedure.Name);
    if (national is null)
    {
        Console.WriteLine($"  本院新增 hospital addition: {procedure.Name}（{procedure.GradeLabel}）");
    }
    else if (national.Grade != procedure.Grade)
    {
        Console.WriteLine($"  级别不同 different grade: {procedure.Name} 本院 {procedure.GradeLabel}，国家目录 {national.GradeLabel}");
    }
}

Console.WriteLine();

// 4. 手术授权检查 / A privilege check against the hospital's grades.
var at = new DateTime(2026, 11, 24, 9, 0, 0);
var surgeon = new SurgeonPrivileges<Specialty>("H-1024", new[]
{
    new PrivilegeGrant<Specialty>(Specialty.综合介入, SurgicalGrade.Grade3, new DateTime(2026, 1, 1), new DateTime(2027, 1, 1)),
});
Console.WriteLine($"医师 {surgeon.SurgeonId}（综合介入，授权至三级手术）的授权检查 Privilege checks:");
foreach (var typed in new[] { "ct引导下经皮肺穿刺活检术", "TIPS", "CAG" })
{
    var decision = surgeon.Check(Catalogue.Find(typed), at);
    Console.WriteLine($"  {(decision.IsAllowed ? "✔" : "✘")} {typed}: {decision.Message}");
}

Console.WriteLine($"CT 室预留 CT room slot for {ProcedureNames.CT引导下经皮肺穿刺活检术}: {Scheduling.LungBiopsySlot.TotalMinutes} 分钟 minutes");
