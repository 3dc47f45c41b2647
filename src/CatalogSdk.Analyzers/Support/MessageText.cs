using System.Globalization;
using System.Text;
using CatalogSdk.Analyzers.Model;

namespace CatalogSdk.Analyzers.Support;

/// <summary>The parts of the analyzers' messages that differ between Chinese and English.</summary>
internal static class MessageText
{
    /// <summary>一级手术 … 四级手术, or the number for a value that is not a grade.</summary>
    public static string GradeZh(int grade) => grade switch
    {
        1 => "一级手术",
        2 => "二级手术",
        3 => "三级手术",
        4 => "四级手术",
        _ => "级别 " + Number(grade),
    };

    public static string GradeEn(int grade) => Number(grade);

    /// <summary>The <c>SurgicalGrade</c> member name of a grade (<c>Grade3</c>).</summary>
    public static string GradeMember(int grade) => "Grade" + Number(grade);

    /// <summary>CSDK3001 {2}: what replaces the retired procedure, in Chinese.</summary>
    public static string RetiredReferenceAdviceZh(ProcedureCatalogue catalogue, ProcedureMember member) =>
        member.CurrentSuccessor is { } successor
            ? "它由「" + successor.Name + "」取代：请改用 " + catalogue.EnumType.Name + "." + successor.Identifier
            : "它没有后继手术：请删除这个引用；只为读取旧数据的代码可标注 [AllowRetiredProcedures(\"原因\")]";

    /// <summary>CSDK3001 {3}: what replaces the retired procedure, in English.</summary>
    public static string RetiredReferenceAdviceEn(ProcedureCatalogue catalogue, ProcedureMember member) =>
        member.CurrentSuccessor is { } successor
            ? "It is succeeded by '" + successor.Name + "': use " + catalogue.EnumType.Name + "." + successor.Identifier + " instead"
            : "It has no successor: remove this reference; code that only reads old data can be marked [AllowRetiredProcedures(\"reason\")]";

    /// <summary>CSDK3002 {2}: what to do about a retired name in a string, in Chinese.</summary>
    public static string RetiredNameAdviceZh(ProcedureMember member) =>
        member.CurrentSuccessor is { } successor
            ? "它由「" + successor.Name + "」取代：请改用新名称（ProcedureNames." + successor.Identifier + "），并更新存有旧名称的数据或配置"
            : "它没有后继手术：请更新存有这个名称的数据或配置；只为读取旧数据的代码可标注 [AllowRetiredProcedures(\"原因\")]";

    /// <summary>CSDK3002 {3}: what to do about a retired name in a string, in English.</summary>
    public static string RetiredNameAdviceEn(ProcedureMember member) =>
        member.CurrentSuccessor is { } successor
            ? "It is succeeded by '" + successor.Name + "': use the new name (ProcedureNames." + successor.Identifier + ") and update data or configuration that holds the old one"
            : "It has no successor: update the data or configuration that holds this name; code that only reads old data can be marked [AllowRetiredProcedures(\"reason\")]";

    /// <summary>CSDK3003 {3}: the regrades the lock records, in Chinese (empty when none).</summary>
    public static string RegradesZh(ProcedureMember member)
    {
        if (member.Regrades.IsDefaultOrEmpty)
        {
            return string.Empty;
        }

        var text = new StringBuilder("（");
        for (var i = 0; i < member.Regrades.Length; i++)
        {
            var r = member.Regrades[i];
            text.Append(i == 0 ? string.Empty : "；").Append(r.Edition).Append(" 版由").Append(GradeZh(r.From)).Append("改为").Append(GradeZh(r.To));
        }

        return text.Append('）').ToString();
    }

    /// <summary>CSDK3003 {7}: the regrades the lock records, in English (empty when none).</summary>
    public static string RegradesEn(ProcedureMember member)
    {
        if (member.Regrades.IsDefaultOrEmpty)
        {
            return string.Empty;
        }

        var text = new StringBuilder(" (");
        for (var i = 0; i < member.Regrades.Length; i++)
        {
            var r = member.Regrades[i];
            text.Append(i == 0 ? string.Empty : "; ").Append("edition ").Append(r.Edition)
                .Append(" changed it from grade ").Append(Number(r.From)).Append(" to grade ").Append(Number(r.To));
        }

        return text.Append(')').ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
