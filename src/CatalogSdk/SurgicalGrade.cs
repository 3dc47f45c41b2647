namespace CatalogSdk;

/// <summary>
/// 手术级别 — the surgical grade of a procedure under the national rules on surgical grading management.
/// The numeric value is the grade; <c>default(SurgicalGrade)</c> is not a grade.
/// </summary>
public enum SurgicalGrade
{
    /// <summary>一级手术 — low risk, simple process, mature technique.</summary>
    Grade1 = 1,

    /// <summary>二级手术 — some risk, somewhat complex process, some technical difficulty.</summary>
    Grade2 = 2,

    /// <summary>三级手术 — high risk, complex process, considerable technical difficulty.</summary>
    Grade3 = 3,

    /// <summary>四级手术 — high risk, complex process, high difficulty or heavy resources, or major ethical risk.</summary>
    Grade4 = 4,
}
