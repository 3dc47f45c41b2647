using CatalogSdk.Suggestions;

namespace CatalogSdk.Tests.Suggestions;

public class ChineseVariantsTests
{
    [Theory]
    [InlineData("冠狀動脈造影術", "冠状动脉造影术")]
    [InlineData("一級手術", "一级手术")]
    [InlineData("經皮椎體成形術", "经皮椎体成形术")]
    [InlineData("冠状动脉造影术", "冠状动脉造影术")]
    [InlineData("PTCA（單側）", "PTCA（单侧）")]
    public void Traditional_text_becomes_simplified(string traditional, string simplified)
    {
        Assert.Equal(simplified, ChineseVariants.ToSimplified(traditional));
    }

    [Theory]
    [InlineData('乾')] // 干 or 乾 (乾坤): depends on the word
    [InlineData('著')] // 着 or 著
    [InlineData('A')]
    public void Characters_without_one_simplified_form_are_kept(char c)
    {
        Assert.Equal(c, ChineseVariants.ToSimplified(c));
    }

    [Fact]
    public void The_table_is_the_generated_one()
    {
        // tools/unihan/make-variants.sh over Unihan 15.0 (Debian unicode-data 15.0.0) writes 2583 mappings.
        Assert.Equal(2583, ChineseVariants.MappingCount);
        Assert.Null(ChineseVariants.ToSimplified(null));
    }
}
