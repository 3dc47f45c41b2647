// Typed queries over the national interventional catalogue, the way a hospital system would write them.
// Everything below comes from code generated out of catalog/interventional.txt at build time:
// no strings copied by hand, no catalogue parsed at run time.
using System;
using System.Text;
using CatalogSdk;
using CatalogSdk.Interventional;
using CatalogSdk.Privileges;

Console.OutputEncoding = Encoding.UTF8;

// 1. The catalogue as a specialty × grade table (catch-all rules are rules, not procedures, so they are not counted).
Console.WriteLine($"《{Catalogue.Title}》 {Catalogue.Procedures.Count} 个手术 procedures, {Catalogue.CatchAllRules.Count} 条兜底规则 catch-all rule(s)");
Console.WriteLine();
Console.WriteLine(Pad("专科 Specialty", 24) + Pad("一级", 6) + Pad("二级", 6) + Pad("三级", 6) + Pad("四级", 6) + "合计 Total");
foreach (var specialty in Catalogue.Specialties)
{
    var row = Pad(specialty.Name, 24);
    foreach (var grade in SurgicalGrades.All)
    {
        row += Pad(Catalogue.BySpecialtyAndGrade(specialty.Specialty, grade).Count.ToString(), 6);
    }

    Console.WriteLine(row + Catalogue.BySpecialty(specialty.Specialty).Count);
}

var totals = Pad("全部 All", 24);
foreach (var grade in SurgicalGrades.All)
{
    totals += Pad(Catalogue.ByGrade(grade).Count.ToString(), 6);
}

Console.WriteLine(totals + Catalogue.Procedures.Count);
Console.WriteLine();

// 2. A procedure known at compile time: IntelliSense shows its grade and specialties.
var angiography = Procedure.冠状动脉造影术.GetInfo();
Console.WriteLine($"{angiography.Name}: {angiography.GradeLabel} ({angiography.Grade.GetEnglishLabel()}), {angiography.PrimarySpecialty.GetName()}");
var tips = Catalogue.Get(Procedure.经颈静脉肝内门体分流术_TIPS);
Console.WriteLine($"{tips.Name}: {tips.GradeLabel}, 专科 specialties: {string.Join("、", Names(tips.Specialties))}");
Console.WriteLine();

// 3. Names and abbreviations as staff type them: width, brackets, spacing and case do not matter.
Console.WriteLine("查找 Lookup:");
foreach (var typed in new[] { "ptca", "ＴＩＰＳ", "冠状动脉血管内超声（IVUS）", " 脑血管造影术 ", "冠状动脉造影" })
{
    var found = Catalogue.Find(typed);
    Console.WriteLine(found is null
        ? $"  「{typed}」 → 未找到 not found"
        : $"  「{typed}」 → {found.Name} · {found.GradeLabel} · ID {found.Id}");
}

Console.WriteLine();

// 4. A surgeon's privilege check: authorised per specialty with a validity period; fails closed.
var now = new DateTime(2026, 11, 24, 9, 0, 0);
var surgeon = new SurgeonPrivileges<Specialty>("D-0427", new[]
{
    new PrivilegeGrant<Specialty>(Specialty.心血管疾病, SurgicalGrade.Grade3, new DateTime(2026, 1, 1), new DateTime(2027, 1, 1)),
    new PrivilegeGrant<Specialty>(Specialty.外周血管, SurgicalGrade.Grade4, new DateTime(2024, 1, 1), new DateTime(2026, 1, 1)),
});
Console.WriteLine($"医师 {surgeon.SurgeonId} 的授权检查 Privilege checks for surgeon {surgeon.SurgeonId}:");
foreach (var name in new[] { ProcedureNames.冠状动脉造影术, ProcedureNames.冠状动脉支架植入术, ProcedureNames.主动脉瘤腔内修复术, "其他准予临床应用的新技术", "未收录的手术" })
{
    var decision = surgeon.Check(Catalogue.Find(name), now);
    Console.WriteLine($"  {(decision.IsAllowed ? "✔" : "✘")} {name}: {decision.Message}");
}

static string Pad(string text, int width)
{
    // East Asian characters take two columns in a terminal.
    var columns = 0;
    foreach (var c in text)
    {
        columns += c >= '\u1100' ? 2 : 1;
    }

    return text + new string(' ', Math.Max(1, width - columns));
}

static string[] Names(CatalogList<Specialty> specialties)
{
    var names = new string[specialties.Count];
    for (var i = 0; i < names.Length; i++)
    {
        names[i] = specialties[i].GetName();
    }

    return names;
}
