using System;

namespace CatalogSdk;

/// <summary>Labels and parsing for <see cref="SurgicalGrade"/>.</summary>
public static class SurgicalGrades
{
    private static readonly SurgicalGrade[] s_all = { SurgicalGrade.Grade1, SurgicalGrade.Grade2, SurgicalGrade.Grade3, SurgicalGrade.Grade4 };
    private static readonly string[] s_labels = { "一级手术", "二级手术", "三级手术", "四级手术" };
    private static readonly string[] s_codes = { "1", "2", "3", "4" };
    private static readonly string[] s_englishLabels = { "Grade 1", "Grade 2", "Grade 3", "Grade 4" };

    /// <summary>The four grades in ascending order.</summary>
    public static CatalogList<SurgicalGrade> All => new(s_all);

    /// <summary>Whether <paramref name="grade"/> is one of the four grades.</summary>
    public static bool IsDefined(SurgicalGrade grade) => grade >= SurgicalGrade.Grade1 && grade <= SurgicalGrade.Grade4;

    /// <summary>The Chinese label of the grade as the catalogue writes it: 一级手术 … 四级手术.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is not a grade.</exception>
    public static string GetLabel(this SurgicalGrade grade)
    {
        if (!IsDefined(grade))
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, "不是手术级别（应为 1–4）。 Not a surgical grade (expected 1–4).");
        }

        return s_labels[(int)grade - 1];
    }

    /// <summary>The English label of the grade: Grade 1 … Grade 4.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is not a grade.</exception>
    public static string GetEnglishLabel(this SurgicalGrade grade)
    {
        if (!IsDefined(grade))
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, "不是手术级别（应为 1–4）。 Not a surgical grade (expected 1–4).");
        }

        return s_englishLabels[(int)grade - 1];
    }

    /// <summary>
    /// The operation level code of the inpatient record's front page (病案首页 手术级别): "1" … "4".
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grade"/> is not a grade.</exception>
    public static string ToMedicalRecordCode(this SurgicalGrade grade)
    {
        if (!IsDefined(grade))
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, "不是手术级别（应为 1–4）。 Not a surgical grade (expected 1–4).");
        }

        return s_codes[(int)grade - 1];
    }

    /// <summary>
    /// Parses a grade as hospital data writes it: the front-page code "1"–"4" (full-width digits too), the
    /// labels 一级手术 … 四级手术 or 一级 … 四级, and their traditional forms (一級手術, 三級). Returns
    /// <see langword="false"/> for anything else, never a default grade.
    /// </summary>
    public static bool TryParse(string? text, out SurgicalGrade grade)
    {
        grade = default;
        if (text is null)
        {
            return false;
        }

        var key = CatalogueText.ToKey(text).Replace('級', '级').Replace("手術", "手术");
        if (key.Length == 1 && key[0] >= '1' && key[0] <= '4')
        {
            grade = (SurgicalGrade)(key[0] - '0');
            return true;
        }

        if (key.EndsWith("级", StringComparison.Ordinal))
        {
            key += "手术";
        }

        return TryParseLabel(key, out grade);
    }

    /// <summary>Parses a grade like <see cref="TryParse"/>, or throws with a message in Chinese and English.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a grade.</exception>
    public static SurgicalGrade Parse(string? text)
    {
        if (TryParse(text, out var grade))
        {
            return grade;
        }

        throw new FormatException(
            "「" + text + "」不是手术级别：应为病案首页代码 1–4，或「一级手术」…「四级手术」。 '" + text +
            "' is not a surgical grade: expected a front-page code 1–4 or one of 一级手术 … 四级手术.");
    }

    /// <summary>
    /// Parses a grade heading as catalogues write it (一级手术 … 四级手术), tolerating full-width forms and
    /// whitespace. Returns <see langword="false"/> for anything else, never a default grade.
    /// </summary>
    public static bool TryParseLabel(string? text, out SurgicalGrade grade)
    {
        grade = default;
        if (text is null)
        {
            return false;
        }

        var key = CatalogueText.ToKey(text);
        for (var i = 0; i < s_labels.Length; i++)
        {
            if (string.Equals(key, s_labels[i], StringComparison.Ordinal))
            {
                grade = s_all[i];
                return true;
            }
        }

        return false;
    }
}
