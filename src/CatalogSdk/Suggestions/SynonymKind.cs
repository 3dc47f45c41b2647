namespace CatalogSdk.Suggestions;

/// <summary>What a rule of a <see cref="SynonymTable"/> says about its forms.</summary>
public enum SynonymKind
{
    /// <summary><c>标准写法 = 简称</c>: a colloquial form or abbreviation of the standard term (冠脉 for 冠状动脉).</summary>
    Colloquial = 1,

    /// <summary><c>标准写法 ~ 同义</c>: an interchangeable spelling (置入 for 植入).</summary>
    Synonym = 2,
}
