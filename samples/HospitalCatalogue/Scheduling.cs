using System;
using CatalogSdk;
using Hospital.Catalog;

namespace Hospital;

/// <summary>
/// Rules of the hospital's scheduling system that were written for a procedure's grade. [ExpectedGrade] states the
/// assumption, so that the analyzers (CSDK3003) fail the build when the catalogue regrades the procedure and the rule
/// has not been reviewed.
/// </summary>
internal static class Scheduling
{
    /// <summary>
    /// CT 室为 CT 引导下肺穿刺预留的时长：按三级手术安排（副主任医师及以上主刀，预留 90 分钟）。
    /// The CT room slot for a CT-guided lung biopsy, planned as a grade-3 procedure.
    /// </summary>
    [ExpectedGrade(Procedure.CT引导下经皮肺穿刺活检术, SurgicalGrade.Grade3)]
    public static TimeSpan LungBiopsySlot => TimeSpan.FromMinutes(90);

    /// <summary>
    /// 四级手术须经科室术前讨论并报医务部审批。 A grade-4 procedure needs a departmental pre-operative discussion and
    /// the medical affairs office's approval.
    /// </summary>
    public static bool NeedsMedicalAffairsApproval(Procedure procedure) => procedure.GetGrade() == SurgicalGrade.Grade4;
}
