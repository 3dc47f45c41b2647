using System;
using System.Collections.Generic;
using CatalogSdk;
using CatalogSdk.Privileges;

namespace CatalogSdk.Tests;

public class SurgeonPrivilegesTests
{
    private static readonly DateTime At = new(2024, 6, 1, 12, 0, 0, DateTimeKind.Unspecified);
    private static readonly DateTime LongAgo = new(2020, 1, 1);
    private static readonly DateTime FarAhead = new(2030, 1, 1);

    private static readonly ProcedureInfo<TestProcedure, TestSpecialty> PacemakerCheck = new(
        TestProcedure.PacemakerCheck, 1, "人工起搏器功能检查", SurgicalGrade.Grade1,
        new[] { TestSpecialty.Cardiovascular }, null, null, isCatchAll: false);

    private static readonly ProcedureInfo<TestProcedure, TestSpecialty> Ptca = new(
        TestProcedure.Ptca, 14, "经皮冠状动脉腔内血管成形术[PTCA]", SurgicalGrade.Grade3,
        new[] { TestSpecialty.Cardiovascular }, "PTCA", null, isCatchAll: false);

    private static readonly ProcedureInfo<TestProcedure, TestSpecialty> Tips = new(
        TestProcedure.Tips, 115, "经颈静脉肝内门体分流术（TIPS）", SurgicalGrade.Grade4,
        new[] { TestSpecialty.Peripheral, TestSpecialty.Comprehensive }, "TIPS", null, isCatchAll: false);

    private static readonly ProcedureInfo<TestProcedure, TestSpecialty> NewTechnique = new(
        TestProcedure.NewTechnique, 119, "其他准予临床应用的新技术", SurgicalGrade.Grade4,
        new[] { TestSpecialty.Peripheral, TestSpecialty.Comprehensive }, null, null, isCatchAll: true);

    private static PrivilegeGrant<TestSpecialty> Grant(TestSpecialty specialty, SurgicalGrade grade, DateTime? from = null, DateTime? until = null) =>
        new(specialty, grade, from ?? LongAgo, until ?? FarAhead);

    private static SurgeonPrivileges<TestSpecialty> Surgeon(params PrivilegeGrant<TestSpecialty>[] grants) => new("D0042", grants);

    private static SurgeonPrivileges<TestSpecialty> FullyAuthorised() => Surgeon(
        Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4),
        Grant(TestSpecialty.Neurovascular, SurgicalGrade.Grade4),
        Grant(TestSpecialty.Peripheral, SurgicalGrade.Grade4),
        Grant(TestSpecialty.Comprehensive, SurgicalGrade.Grade4));

    private static void AssertRefused(PrivilegeDecision decision, PrivilegeDecisionReason reason, SurgicalGrade? procedureGrade, SurgicalGrade? authorisedGrade)
    {
        Assert.False(decision.IsAllowed);
        Assert.Equal(reason, decision.Reason);
        Assert.Equal(procedureGrade, decision.ProcedureGrade);
        Assert.Equal(authorisedGrade, decision.AuthorisedGrade);
        Assert.StartsWith("拒绝：", decision.Message, StringComparison.Ordinal);
    }

    // ---- refusals ----

    [Fact]
    public void Null_procedure_is_refused_as_unknown_even_for_a_fully_authorised_surgeon()
    {
        var decision = FullyAuthorised().Check<TestProcedure>(null, At);

        AssertRefused(decision, PrivilegeDecisionReason.UnknownProcedure, null, null);
        Assert.Equal("拒绝：目录中没有这个手术。 Refused: the procedure is not in the catalogue.", decision.Message);
    }

    [Fact]
    public void Catch_all_rule_is_refused_even_with_grade_four_grants_in_its_specialties()
    {
        var decision = FullyAuthorised().Check(NewTechnique, At);

        AssertRefused(decision, PrivilegeDecisionReason.CatchAllRule, SurgicalGrade.Grade4, null);
        Assert.Contains("兜底", decision.Message, StringComparison.Ordinal);
        Assert.Contains("catch-all", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Surgeon_without_any_grant_is_refused_for_lack_of_a_grant()
    {
        var decision = Surgeon().Check(PacemakerCheck, At);

        AssertRefused(decision, PrivilegeDecisionReason.NoGrantForSpecialty, SurgicalGrade.Grade1, null);
    }

    [Fact]
    public void Grants_only_in_other_specialties_do_not_authorise_the_procedure()
    {
        var surgeon = Surgeon(
            Grant(TestSpecialty.Neurovascular, SurgicalGrade.Grade4),
            Grant(TestSpecialty.Comprehensive, SurgicalGrade.Grade4));

        var decision = surgeon.Check(PacemakerCheck, At);

        AssertRefused(decision, PrivilegeDecisionReason.NoGrantForSpecialty, SurgicalGrade.Grade1, null);
        Assert.Equal("拒绝：医师在该手术所属专科没有授权。 Refused: the surgeon holds no authorisation in the procedure's specialties.", decision.Message);
    }

    [Fact]
    public void Expired_grant_is_refused_as_expired()
    {
        var surgeon = Surgeon(Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, LongAgo, At.AddDays(-1)));

        var decision = surgeon.Check(Ptca, At);

        AssertRefused(decision, PrivilegeDecisionReason.GrantExpired, SurgicalGrade.Grade3, null);
        Assert.Equal("拒绝：医师的授权已过期。 Refused: the surgeon's authorisation has expired.", decision.Message);
    }

    [Fact]
    public void Grant_not_yet_valid_is_refused_as_not_yet_valid()
    {
        var surgeon = Surgeon(Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, At.AddDays(1), FarAhead));

        var decision = surgeon.Check(Ptca, At);

        AssertRefused(decision, PrivilegeDecisionReason.GrantNotYetValid, SurgicalGrade.Grade3, null);
        Assert.Equal("拒绝：医师的授权尚未生效。 Refused: the surgeon's authorisation is not valid yet.", decision.Message);
    }

    [Fact]
    public void Grade_above_the_grant_is_refused_and_names_both_grades()
    {
        var surgeon = Surgeon(Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade2));

        var decision = surgeon.Check(Ptca, At);

        AssertRefused(decision, PrivilegeDecisionReason.GradeAboveAuthorisation, SurgicalGrade.Grade3, SurgicalGrade.Grade2);
        Assert.Equal(
            "拒绝：手术为三级手术，医师仅授权至二级手术。 Refused: the procedure is Grade 3, the surgeon is authorised up to Grade 2.",
            decision.Message);
    }

    [Fact]
    public void Expired_higher_grant_does_not_count_next_to_a_valid_lower_one()
    {
        var surgeon = Surgeon(
            Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, LongAgo, At.AddYears(-1)),
            Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade2));

        var decision = surgeon.Check(Ptca, At);

        AssertRefused(decision, PrivilegeDecisionReason.GradeAboveAuthorisation, SurgicalGrade.Grade3, SurgicalGrade.Grade2);
    }

    [Fact]
    public void Future_higher_grant_does_not_count_next_to_a_valid_lower_one()
    {
        var surgeon = Surgeon(
            Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade2),
            Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, At.AddMonths(1), FarAhead));

        var decision = surgeon.Check(Ptca, At);

        AssertRefused(decision, PrivilegeDecisionReason.GradeAboveAuthorisation, SurgicalGrade.Grade3, SurgicalGrade.Grade2);
    }

    [Fact]
    public void Expired_grant_in_the_specialty_is_not_rescued_by_a_valid_grant_elsewhere()
    {
        var surgeon = Surgeon(
            Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, LongAgo, At.AddDays(-1)),
            Grant(TestSpecialty.Neurovascular, SurgicalGrade.Grade4));

        var decision = surgeon.Check(Ptca, At);

        AssertRefused(decision, PrivilegeDecisionReason.GrantExpired, SurgicalGrade.Grade3, null);
    }

    [Fact]
    public void Both_expired_and_future_grants_report_expired()
    {
        var surgeon = Surgeon(
            Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, At.AddDays(1), FarAhead),
            Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, LongAgo, At.AddDays(-1)));

        var decision = surgeon.Check(Ptca, At);

        AssertRefused(decision, PrivilegeDecisionReason.GrantExpired, SurgicalGrade.Grade3, null);
    }

    // ---- allowed ----

    [Theory]
    [InlineData(SurgicalGrade.Grade3)]
    [InlineData(SurgicalGrade.Grade4)]
    public void Grant_at_or_above_the_grade_allows(SurgicalGrade granted)
    {
        var surgeon = Surgeon(Grant(TestSpecialty.Cardiovascular, granted));

        var decision = surgeon.Check(Ptca, At);

        Assert.True(decision.IsAllowed);
        Assert.Equal(PrivilegeDecisionReason.Allowed, decision.Reason);
        Assert.Equal(SurgicalGrade.Grade3, decision.ProcedureGrade);
        Assert.Equal(granted, decision.AuthorisedGrade);
        Assert.StartsWith("允许：", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_message_names_both_grades_Chinese_first()
    {
        var decision = Surgeon(Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4)).Check(Ptca, At);

        Assert.Equal(
            "允许：授权至四级手术，手术为三级手术。 Allowed: authorised up to Grade 4, the procedure is Grade 3.",
            decision.Message);
        Assert.Equal(decision.Message, decision.ToString());
    }

    [Fact]
    public void Several_valid_grants_in_the_specialty_authorise_up_to_the_highest()
    {
        var surgeon = Surgeon(
            Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade1),
            Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4),
            Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade2));

        var decision = surgeon.Check(Ptca, At);

        Assert.True(decision.IsAllowed);
        Assert.Equal(SurgicalGrade.Grade4, decision.AuthorisedGrade);
    }

    [Theory]
    [InlineData(TestSpecialty.Peripheral)]
    [InlineData(TestSpecialty.Comprehensive)]
    public void Procedure_in_two_specialties_is_allowed_through_either(TestSpecialty specialty)
    {
        var surgeon = Surgeon(Grant(specialty, SurgicalGrade.Grade4));

        var decision = surgeon.Check(Tips, At);

        Assert.True(decision.IsAllowed);
        Assert.Equal(SurgicalGrade.Grade4, decision.AuthorisedGrade);
    }

    [Fact]
    public void Procedure_in_two_specialties_uses_the_best_valid_grant_of_either()
    {
        var surgeon = Surgeon(
            Grant(TestSpecialty.Peripheral, SurgicalGrade.Grade3),
            Grant(TestSpecialty.Comprehensive, SurgicalGrade.Grade4));

        var decision = surgeon.Check(Tips, At);

        Assert.True(decision.IsAllowed);
        Assert.Equal(SurgicalGrade.Grade4, decision.AuthorisedGrade);
    }

    [Fact]
    public void Procedure_in_two_specialties_is_refused_when_neither_grant_covers_the_grade()
    {
        var surgeon = Surgeon(
            Grant(TestSpecialty.Peripheral, SurgicalGrade.Grade3),
            Grant(TestSpecialty.Comprehensive, SurgicalGrade.Grade2));

        var decision = surgeon.Check(Tips, At);

        AssertRefused(decision, PrivilegeDecisionReason.GradeAboveAuthorisation, SurgicalGrade.Grade4, SurgicalGrade.Grade3);
    }

    [Fact]
    public void Procedure_in_two_specialties_is_allowed_through_one_while_the_other_grant_has_expired()
    {
        var surgeon = Surgeon(
            Grant(TestSpecialty.Peripheral, SurgicalGrade.Grade4, LongAgo, At.AddDays(-1)),
            Grant(TestSpecialty.Comprehensive, SurgicalGrade.Grade4));

        Assert.True(surgeon.Check(Tips, At).IsAllowed);
    }

    // ---- boundaries ----

    [Fact]
    public void ValidFrom_is_inclusive()
    {
        var surgeon = Surgeon(Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, At, FarAhead));

        Assert.True(surgeon.Check(Ptca, At).IsAllowed);
        AssertRefused(surgeon.Check(Ptca, At.AddTicks(-1)), PrivilegeDecisionReason.GrantNotYetValid, SurgicalGrade.Grade3, null);
    }

    [Fact]
    public void ValidUntil_is_exclusive()
    {
        var surgeon = Surgeon(Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, LongAgo, At));

        Assert.True(surgeon.Check(Ptca, At.AddTicks(-1)).IsAllowed);
        AssertRefused(surgeon.Check(Ptca, At), PrivilegeDecisionReason.GrantExpired, SurgicalGrade.Grade3, null);
    }

    [Fact]
    public void Grant_IsValidAt_matches_the_check_boundaries()
    {
        var grant = Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade2, At, At.AddDays(1));

        Assert.False(grant.IsValidAt(At.AddTicks(-1)));
        Assert.True(grant.IsValidAt(At));
        Assert.True(grant.IsValidAt(At.AddDays(1).AddTicks(-1)));
        Assert.False(grant.IsValidAt(At.AddDays(1)));
    }

    // ---- the decision value ----

    [Fact]
    public void Default_decision_is_not_allowed()
    {
        var decision = default(PrivilegeDecision);

        Assert.False(decision.IsAllowed);
        Assert.Null(decision.AuthorisedGrade);
        Assert.Null(decision.ProcedureGrade);
        Assert.Equal("拒绝：无有效授权。 Refused: no valid authorisation.", decision.Message);
    }

    [Fact]
    public void Decisions_compare_by_reason_and_grades()
    {
        var surgeon = Surgeon(Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade2));
        var first = surgeon.Check(Ptca, At);
        var second = surgeon.Check(Ptca, At.AddHours(1));
        var other = surgeon.Check(PacemakerCheck, At);

        Assert.Equal(first, second);
        Assert.True(first == second);
        Assert.False(first != second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.True(first.Equals((object)second));
        Assert.NotEqual(first, other);
        Assert.True(first != other);
        Assert.False(first.Equals("not a decision"));
        Assert.NotEqual(default, first);
    }

    public static IEnumerable<object[]> EveryReason()
    {
        var full = FullyAuthorised();
        yield return new object[] { "Allowed", full.Check(Ptca, At), " Allowed: " };
        yield return new object[] { "UnknownProcedure", full.Check<TestProcedure>(null, At), " Refused: " };
        yield return new object[] { "CatchAllRule", full.Check(NewTechnique, At), " Refused: " };
        yield return new object[] { "NoGrantForSpecialty", Surgeon().Check(Ptca, At), " Refused: " };
        yield return new object[] { "GrantNotYetValid", Surgeon(Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, FarAhead, FarAhead.AddDays(1))).Check(Ptca, At), " Refused: " };
        yield return new object[] { "GrantExpired", Surgeon(Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4, LongAgo, LongAgo.AddDays(1))).Check(Ptca, At), " Refused: " };
        yield return new object[] { "GradeAboveAuthorisation", Surgeon(Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade1)).Check(Ptca, At), " Refused: " };
        yield return new object[] { "Allowed", default(PrivilegeDecision), " Refused: " };
    }

    [Theory]
    [MemberData(nameof(EveryReason))]
    public void Every_message_is_Chinese_first_then_English(string reason, PrivilegeDecision decision, string englishStart)
    {
        Assert.Equal(reason, decision.Reason.ToString());
        var message = decision.Message;
        var english = message.IndexOf(englishStart, StringComparison.Ordinal);

        Assert.True(english > 0, message);
        var chinese = message.Substring(0, english);
        Assert.True(chinese[0] >= '\u4E00' && chinese[0] <= '\u9FFF', message);
        Assert.EndsWith("。", chinese, StringComparison.Ordinal);
        foreach (var c in chinese)
        {
            Assert.False(c is >= 'A' and <= 'Z' or >= 'a' and <= 'z', "Latin letter in the Chinese half: " + message);
        }

        Assert.EndsWith(".", message, StringComparison.Ordinal);
    }

    // ---- construction ----

    [Fact]
    public void Surgeon_keeps_id_and_a_copy_of_the_grants()
    {
        var grants = new List<PrivilegeGrant<TestSpecialty>> { Grant(TestSpecialty.Cardiovascular, SurgicalGrade.Grade4) };
        var surgeon = new SurgeonPrivileges<TestSpecialty>("D0042", grants);
        grants.Clear();

        Assert.Equal("D0042", surgeon.SurgeonId);
        Assert.Equal(SurgicalGrade.Grade4, Assert.Single(surgeon.Grants.ToArray()).MaxGrade);
        Assert.True(surgeon.Check(Ptca, At).IsAllowed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Surgeon_requires_an_id(string? id)
    {
        var ex = Assert.Throws<ArgumentException>(() => new SurgeonPrivileges<TestSpecialty>(id!, Array.Empty<PrivilegeGrant<TestSpecialty>>()));
        Assert.Equal("surgeonId", ex.ParamName);
    }

    [Fact]
    public void Surgeon_rejects_null_grants()
    {
        var list = Assert.Throws<ArgumentNullException>(() => new SurgeonPrivileges<TestSpecialty>("D0042", null!));
        Assert.Equal("grants", list.ParamName);

        var item = Assert.Throws<ArgumentException>(() => new SurgeonPrivileges<TestSpecialty>("D0042", new PrivilegeGrant<TestSpecialty>[] { null! }));
        Assert.Equal("grants", item.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Grant_rejects_a_value_that_is_not_a_grade(int grade)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PrivilegeGrant<TestSpecialty>(TestSpecialty.Cardiovascular, (SurgicalGrade)grade, LongAgo, FarAhead));
        Assert.Equal("maxGrade", ex.ParamName);
    }

    [Fact]
    public void Grant_rejects_an_empty_or_reversed_period()
    {
        var empty = Assert.Throws<ArgumentException>(() => new PrivilegeGrant<TestSpecialty>(TestSpecialty.Cardiovascular, SurgicalGrade.Grade1, At, At));
        Assert.Equal("validUntil", empty.ParamName);

        var reversed = Assert.Throws<ArgumentException>(() => new PrivilegeGrant<TestSpecialty>(TestSpecialty.Cardiovascular, SurgicalGrade.Grade1, At, At.AddTicks(-1)));
        Assert.Equal("validUntil", reversed.ParamName);
    }

    [Fact]
    public void Grant_keeps_what_it_was_given()
    {
        var grant = new PrivilegeGrant<TestSpecialty>(TestSpecialty.Neurovascular, SurgicalGrade.Grade3, LongAgo, FarAhead);

        Assert.Equal(TestSpecialty.Neurovascular, grant.Specialty);
        Assert.Equal(SurgicalGrade.Grade3, grant.MaxGrade);
        Assert.Equal(LongAgo, grant.ValidFrom);
        Assert.Equal(FarAhead, grant.ValidUntil);
    }
}
