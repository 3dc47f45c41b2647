using System;
using CatalogSdk;

namespace CatalogSdk.Tests;

public class CatalogueTextTests
{
    // ---- Fold: ignored characters ----

    [Theory]
    [InlineData(' ')]
    [InlineData('\t')]
    [InlineData('\r')]
    [InlineData('\n')]
    [InlineData('\v')]
    [InlineData('\f')]
    [InlineData('\u0000')]
    [InlineData('\u0001')]
    [InlineData('\u001F')]
    [InlineData('\u007F')]
    [InlineData('\u0085')] // next line (C1 control)
    [InlineData('\u00A0')] // no-break space
    [InlineData('\u3000')] // ideographic space
    [InlineData('\u2002')] // en space
    [InlineData('\u2009')] // thin space
    [InlineData('\u202F')] // narrow no-break space
    [InlineData('\u2028')] // line separator
    [InlineData('\u2029')] // paragraph separator
    public void Fold_ignores_whitespace_and_control_characters(char c)
    {
        Assert.Equal(CatalogueText.Ignored, CatalogueText.Fold(c));
    }

    [Theory]
    [InlineData('\u200B')] // zero-width space
    [InlineData('\u200C')] // zero-width non-joiner
    [InlineData('\u200D')] // zero-width joiner
    [InlineData('\u200E')] // left-to-right mark
    [InlineData('\u200F')] // right-to-left mark
    [InlineData('\u2060')] // word joiner
    [InlineData('\uFEFF')] // byte-order mark
    [InlineData('\u00AD')] // soft hyphen
    [InlineData('\u061C')] // Arabic letter mark
    [InlineData('\u202A')] // LRE
    [InlineData('\u202B')] // RLE
    [InlineData('\u202C')] // PDF
    [InlineData('\u202D')] // LRO
    [InlineData('\u202E')] // RLO
    [InlineData('\u2066')] // LRI
    [InlineData('\u2067')] // RLI
    [InlineData('\u2068')] // FSI
    [InlineData('\u2069')] // PDI
    public void Invisible_and_bidi_characters_are_flagged_and_ignored(char c)
    {
        Assert.True(CatalogueText.IsInvisible(c));
        Assert.Equal(CatalogueText.Ignored, CatalogueText.Fold(c));
    }

    [Theory]
    [InlineData(' ')]
    [InlineData('\u3000')]
    [InlineData('\u00A0')]
    [InlineData('a')]
    [InlineData('冠')]
    [InlineData('（')]
    [InlineData('-')]
    [InlineData('\u2029')] // paragraph separator: whitespace, not an invisible formatting character
    [InlineData('\u2065')] // unassigned, between the word joiner block and the isolates
    [InlineData('\u206A')] // just past the isolates
    public void Ordinary_characters_and_whitespace_are_not_invisible(char c)
    {
        Assert.False(CatalogueText.IsInvisible(c));
    }

    // ---- Fold: mapped characters ----

    [Fact]
    public void Fold_maps_every_full_width_ascii_form_to_its_ascii_twin_after_folding()
    {
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            var ascii = (char)(c - 0xFEE0);
            Assert.Equal(CatalogueText.Fold(ascii), CatalogueText.Fold(c));
            Assert.NotEqual(CatalogueText.Ignored, CatalogueText.Fold(c));
        }

        Assert.Equal('A', CatalogueText.Fold('Ａ'));
        Assert.Equal('A', CatalogueText.Fold('ａ'));
        Assert.Equal('7', CatalogueText.Fold('７'));
        Assert.Equal('/', CatalogueText.Fold('／'));
        Assert.Equal(',', CatalogueText.Fold('，'));
    }

    [Theory]
    [InlineData('(')]
    [InlineData('（')]
    [InlineData('[')]
    [InlineData('［')]
    [InlineData('【')]
    [InlineData('〔')]
    [InlineData('〖')]
    [InlineData('〘')]
    [InlineData('〚')]
    [InlineData('｟')]
    public void Fold_maps_every_opening_bracket_style_to_an_ascii_parenthesis(char c)
    {
        Assert.Equal('(', CatalogueText.Fold(c));
    }

    [Theory]
    [InlineData(')')]
    [InlineData('）')]
    [InlineData(']')]
    [InlineData('］')]
    [InlineData('】')]
    [InlineData('〕')]
    [InlineData('〗')]
    [InlineData('〙')]
    [InlineData('〛')]
    [InlineData('｠')]
    public void Fold_maps_every_closing_bracket_style_to_an_ascii_parenthesis(char c)
    {
        Assert.Equal(')', CatalogueText.Fold(c));
    }

    [Theory]
    [InlineData('-')]
    [InlineData('\u2010')] // hyphen
    [InlineData('\u2011')] // non-breaking hyphen
    [InlineData('\u2012')] // figure dash
    [InlineData('\u2013')] // en dash
    [InlineData('\u2212')] // minus sign
    [InlineData('\uFE63')] // small hyphen-minus
    [InlineData('\uFF0D')] // full-width hyphen-minus
    public void Fold_maps_dash_variants_to_hyphen_minus(char c)
    {
        Assert.Equal('-', CatalogueText.Fold(c));
    }

    [Fact]
    public void Fold_does_not_map_the_em_dash_which_is_outside_the_documented_list()
    {
        Assert.Equal('\u2014', CatalogueText.Fold('\u2014'));
        Assert.False(CatalogueText.NamesEqual("布—加综合征", "布-加综合征"));
    }

    [Fact]
    public void Fold_upper_cases_ascii_letters_only()
    {
        for (var c = 'a'; c <= 'z'; c++)
        {
            Assert.Equal(char.ToUpperInvariant(c), CatalogueText.Fold(c));
            Assert.Equal((char)(c - 32), CatalogueText.Fold(c));
        }

        for (var c = 'A'; c <= 'Z'; c++)
        {
            Assert.Equal(c, CatalogueText.Fold(c));
        }

        // Outside ASCII, case is kept: é and É are different characters to the matching rule.
        Assert.Equal('é', CatalogueText.Fold('é'));
        Assert.False(CatalogueText.NamesEqual("é", "É"));
    }

    [Theory]
    [InlineData('冠')]
    [InlineData('术')]
    [InlineData('\u4E00')]
    [InlineData('\u9FFF')]
    [InlineData('、')]
    [InlineData('。')]
    [InlineData('/')]
    [InlineData('0')]
    [InlineData('@')]
    [InlineData('{')]
    public void Fold_keeps_other_characters(char c)
    {
        Assert.Equal(c, CatalogueText.Fold(c));
    }

    // ---- ToKey ----

    [Theory]
    [InlineData("冠状动脉造影术", "冠状动脉造影术")]
    [InlineData(" 冠状动脉 造影术\u3000", "冠状动脉造影术")]
    [InlineData("冠状动脉血管内超声(IVUS)", "冠状动脉血管内超声(IVUS)")]
    [InlineData("冠状动脉血管内超声（ＩＶＵＳ）", "冠状动脉血管内超声(IVUS)")]
    [InlineData("冠状动脉血管内超声[ivus]", "冠状动脉血管内超声(IVUS)")]
    [InlineData("冠状动脉血管内超声【Ivus】", "冠状动脉血管内超声(IVUS)")]
    [InlineData("心脏再同步除颤器置入，全系统[CRT–D]", "心脏再同步除颤器置入,全系统(CRT-D)")]
    [InlineData("布\u2010加综合征", "布-加综合征")]
    [InlineData("冠状\u200B动脉\u202E造影术\uFEFF", "冠状动脉造影术")]
    [InlineData("", "")]
    [InlineData(" \t\u3000\u00A0", "")]
    public void ToKey_folds_every_character(string text, string key)
    {
        Assert.Equal(key, CatalogueText.ToKey(text));
    }

    [Fact]
    public void ToKey_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => CatalogueText.ToKey(null!));
    }

    [Fact]
    public void ToKey_is_idempotent()
    {
        const string Text = " 经颈静脉肝内门体分流术（ｔｉｐｓ）\u3000";
        var key = CatalogueText.ToKey(Text);
        Assert.Equal(key, CatalogueText.ToKey(key));
    }

    // ---- GetKeyHash ----

    /// <summary>32-bit FNV-1a, written here from the definition, over the UTF-16 code units of an already folded key.</summary>
    private static int ReferenceFnv1a(string foldedKey)
    {
        uint hash = 2166136261;
        foreach (var c in foldedKey)
        {
            hash ^= c;
            hash = unchecked(hash * 16777619);
        }

        return unchecked((int)hash);
    }

    [Fact]
    public void Reference_implementation_matches_the_published_fnv1a_test_vectors()
    {
        // Published FNV-1a 32-bit vectors: "" → 0x811c9dc5, "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
        Assert.Equal(unchecked((int)0x811C9DC5), ReferenceFnv1a(string.Empty));
        Assert.Equal(unchecked((int)0xE40C292C), ReferenceFnv1a("a"));
        Assert.Equal(unchecked((int)0xBF9CF968), ReferenceFnv1a("foobar"));
    }

    [Fact]
    public void GetKeyHash_of_empty_or_ignored_text_is_the_fnv_offset_basis()
    {
        Assert.Equal(unchecked((int)0x811C9DC5), CatalogueText.GetKeyHash(string.Empty));
        Assert.Equal(unchecked((int)0x811C9DC5), CatalogueText.GetKeyHash(" \u3000\u200B"));
    }

    [Fact]
    public void GetKeyHash_is_fnv1a_over_the_folded_characters()
    {
        // "foobar" folds to "FOOBAR"; its FNV-1a is 0x9de507a8 (computed outside .NET).
        Assert.Equal(unchecked((int)0x9DE507A8), CatalogueText.GetKeyHash("foobar"));
        Assert.Equal(ReferenceFnv1a("FOOBAR"), CatalogueText.GetKeyHash("foobar"));
        Assert.Equal(ReferenceFnv1a("FOOBAR"), CatalogueText.GetKeyHash(" ｆｏｏ ＢＡＲ "));

        // CJK text hashes its UTF-16 code units; fixed values, so generated code can store them.
        Assert.Equal(unchecked((int)0xDCA79754), CatalogueText.GetKeyHash("冠状动脉造影术"));
        Assert.Equal(ReferenceFnv1a("冠状动脉造影术"), CatalogueText.GetKeyHash("冠状动脉造影术"));
        Assert.Equal(0x2A92E7A6, CatalogueText.GetKeyHash("经颈静脉肝内门体分流术（TIPS）"));
        Assert.Equal(ReferenceFnv1a("经颈静脉肝内门体分流术(TIPS)"), CatalogueText.GetKeyHash("经颈静脉肝内门体分流术（ｔｉｐｓ）"));
    }

    [Theory]
    [InlineData("冠状动脉血管内超声(IVUS)", "冠状动脉血管内超声（ＩＶＵＳ）")]
    [InlineData("冠状动脉血管内超声(IVUS)", " 冠状动脉血管内超声 [ivus]\u00A0")]
    [InlineData("布-加综合征血管成形、支架植入术", "布\u2013加综合征血管成形、支架植入术")]
    [InlineData("经皮冠状动脉腔内血管成形术[PTCA]", "经皮冠状动脉腔内血管成形术〔ptca〕")]
    public void GetKeyHash_is_equal_for_equal_keys_and_equals_the_hash_of_the_key(string left, string right)
    {
        Assert.Equal(CatalogueText.ToKey(left), CatalogueText.ToKey(right));
        Assert.Equal(CatalogueText.GetKeyHash(left), CatalogueText.GetKeyHash(right));
        Assert.Equal(ReferenceFnv1a(CatalogueText.ToKey(left)), CatalogueText.GetKeyHash(right));
    }

    [Fact]
    public void GetKeyHash_differs_for_different_keys()
    {
        Assert.NotEqual(CatalogueText.GetKeyHash("冠状动脉造影术"), CatalogueText.GetKeyHash("冠状动脉造影"));
        Assert.NotEqual(CatalogueText.GetKeyHash("AB"), CatalogueText.GetKeyHash("BA"));
    }

    [Fact]
    public void GetKeyHash_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => CatalogueText.GetKeyHash(null!));
    }

    // ---- MatchesKey ----

    [Theory]
    [InlineData("冠状动脉血管内超声（ＩＶＵＳ）")]
    [InlineData("冠状动脉血管内超声(IVUS)")]
    [InlineData(" 冠状动脉血管内超声 [ivus] ")]
    [InlineData("冠状动脉\u3000血管内超声【Ivus】\u200B")]
    public void MatchesKey_accepts_every_spelling_that_folds_to_the_key(string text)
    {
        Assert.True(CatalogueText.MatchesKey(text, "冠状动脉血管内超声(IVUS)"));
    }

    [Theory]
    [InlineData("冠状动脉血管内超声")] // shorter
    [InlineData("冠状动脉血管内超声(IVUS)术")] // longer
    [InlineData("冠状动脉血管内超声(IVU)")] // differs
    [InlineData("")]
    public void MatchesKey_rejects_text_that_folds_to_another_key(string text)
    {
        Assert.False(CatalogueText.MatchesKey(text, "冠状动脉血管内超声(IVUS)"));
    }

    [Fact]
    public void MatchesKey_takes_the_key_as_already_folded()
    {
        // The key is compared as it is: an unfolded key (lower case, full-width) matches nothing.
        Assert.False(CatalogueText.MatchesKey("ivus", "ivus"));
        Assert.True(CatalogueText.MatchesKey("ivus", "IVUS"));
        Assert.True(CatalogueText.MatchesKey(" \u3000", string.Empty));
    }

    [Fact]
    public void MatchesKey_is_false_for_null_arguments()
    {
        Assert.False(CatalogueText.MatchesKey(null!, "A"));
        Assert.False(CatalogueText.MatchesKey("A", null!));
        Assert.False(CatalogueText.MatchesKey(null!, null!));
    }

    // ---- NamesEqual ----

    [Theory]
    [InlineData("冠状动脉造影术", "冠状动脉造影术")]
    [InlineData("冠状动脉造影术", " 冠状动脉造影术\u3000")]
    [InlineData("冠状动脉造影术", "冠状动脉\u00A0造影术")]
    [InlineData("冠状动脉血管内超声(IVUS)", "冠状动脉血管内超声（ＩＶＵＳ）")]
    [InlineData("冠状动脉血管内超声(IVUS)", "冠状动脉血管内超声[ivus]")]
    [InlineData("闭合性纵隔[经皮][针吸]活组织检查", "闭合性纵隔（经皮）（针吸）活组织检查")]
    [InlineData("闭合性纵隔[经皮][针吸]活组织检查", "闭合性纵隔〖经皮〗〔针吸〕活组织检查")]
    [InlineData("布-加综合征", "布−加综合征")]
    [InlineData("冠状动脉造影术", "冠状\u200D动脉造影术\u2066")]
    [InlineData("", " \u3000")]
    public void NamesEqual_is_true_for_spellings_of_one_name(string left, string right)
    {
        Assert.True(CatalogueText.NamesEqual(left, right));
        Assert.True(CatalogueText.NamesEqual(right, left));
        Assert.Equal(CatalogueText.ToKey(left), CatalogueText.ToKey(right));
    }

    [Theory]
    [InlineData("冠状动脉造影术", "冠状动脉造影")]
    [InlineData("冠状动脉造影", "冠状动脉造影术")]
    [InlineData("冠状动脉造影术", "冠脉造影术")]
    [InlineData("冠状动脉血管内超声(IVUS)", "冠状动脉血管内超声IVUS")]
    [InlineData("择期冠状动脉腔内支架植入术（A型病变）", "择期冠状动脉腔内支架植入术（B型病变）")]
    [InlineData("脑/脊髓动静脉瘘介入栓塞术", "脑、脊髓动静脉瘘介入栓塞术")]
    [InlineData("A", "")]
    [InlineData("", "A")]
    public void NamesEqual_is_false_for_different_names(string left, string right)
    {
        Assert.False(CatalogueText.NamesEqual(left, right));
        Assert.NotEqual(CatalogueText.ToKey(left), CatalogueText.ToKey(right));
    }

    [Fact]
    public void NamesEqual_treats_null_as_equal_only_to_null()
    {
        Assert.True(CatalogueText.NamesEqual(null, null));
        Assert.False(CatalogueText.NamesEqual(null, string.Empty));
        Assert.False(CatalogueText.NamesEqual(string.Empty, null));
        Assert.False(CatalogueText.NamesEqual("冠状动脉造影术", null));
    }
}
