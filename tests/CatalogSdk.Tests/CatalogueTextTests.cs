using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>
    /// The key hash (version 2), written here from its documented definition over an already folded key:
    /// Mix(n × 0x9E3779B1 + Σ f[i] × w[i % 256]), w[i] = (x ^ (x >> 15)) | 1 for the sequence
    /// x ← x × 747796405 + 2891336453 from 0x2545F491, Mix the MurmurHash3 32-bit finaliser.
    /// </summary>
    private static int ReferenceKeyHash(string foldedKey)
    {
        unchecked
        {
            var weights = new uint[256];
            var x = 0x2545F491u;
            for (var i = 0; i < weights.Length; i++)
            {
                x = (x * 747796405u) + 2891336453u;
                weights[i] = (x ^ (x >> 15)) | 1u;
            }

            uint sum = 0;
            for (var i = 0; i < foldedKey.Length; i++)
            {
                sum += foldedKey[i] * weights[i % 256];
            }

            var h = sum + ((uint)foldedKey.Length * 0x9E3779B1u);
            h ^= h >> 16;
            h *= 0x85EBCA6B;
            h ^= h >> 13;
            h *= 0xC2B2AE35;
            h ^= h >> 16;
            return (int)h;
        }
    }

    [Fact]
    public void Key_hash_version_is_2()
    {
        // Generated code stores hashes and compares this version; a change to the hash must change it.
        Assert.Equal(2, CatalogueText.KeyHashVersion);
    }

    [Fact]
    public void GetKeyHash_of_empty_or_ignored_text_is_the_mix_of_zero()
    {
        Assert.Equal(0, CatalogueText.GetKeyHash(string.Empty));
        Assert.Equal(0, CatalogueText.GetKeyHash(" \u3000\u200B"));
    }

    [Fact]
    public void GetKeyHash_is_the_documented_weighted_sum_over_the_folded_characters()
    {
        Assert.Equal(ReferenceKeyHash("FOOBAR"), CatalogueText.GetKeyHash("foobar"));
        Assert.Equal(ReferenceKeyHash("FOOBAR"), CatalogueText.GetKeyHash(" ｆｏｏ ＢＡＲ "));
        Assert.Equal(ReferenceKeyHash("冠状动脉造影术"), CatalogueText.GetKeyHash("冠状动脉造影术"));
        Assert.Equal(ReferenceKeyHash("经颈静脉肝内门体分流术(TIPS)"), CatalogueText.GetKeyHash("经颈静脉肝内门体分流术（ｔｉｐｓ）"));

        // Keys longer than the 256 weights reuse them from the start.
        var longKey = string.Concat(Enumerable.Repeat("冠状动脉造影术", 60));
        Assert.Equal(ReferenceKeyHash(longKey), CatalogueText.GetKeyHash(longKey));
    }

    [Fact]
    public void GetKeyHash_values_are_fixed()
    {
        // Fixed values (computed outside .NET from the definition), so generated code can store them: they change
        // only with KeyHashVersion.
        Assert.Equal(unchecked((int)0xD1B71294), CatalogueText.GetKeyHash("冠状动脉造影术"));
        Assert.Equal(unchecked((int)0xCEE72131), CatalogueText.GetKeyHash("foobar"));
    }

    // ---- the block fold of FindFoldedKey (.NET 8 and later) ----

    public static TheoryData<string> BlockFoldTexts()
    {
        var data = new TheoryData<string>();
        foreach (var text in new[]
        {
            "冠状动脉造影术", " 冠状动脉造影术\u3000", "经皮冠状动脉腔内血管成形术[PTCA]", " 经皮冠状动脉腔内血管成形术［ＰＴＣＡ］\u3000",
            "择期冠状动脉腔内支架植入术（A型病变）", "择期冠状动脉腔内支架植入术(Ａ型病变)", "经颈静脉肝内门体分流术（ｔｉｐｓ）",
            "冠状动脉 造影术", "冠状动脉\u200B造影术", "布\u2013加综合征血管成形、支架植入术", "冠状动脉血管内超声【Ivus】", "肝、肾静脉造影术", "除脑、心脏外的脏器动静脉瘘栓塞、腔内修复术", "〒〓〘〙〚〛〖〗〔〕【】abcd", "《》「」『』〈〉、。〃々〆〇abcd",
            "abcdefgh", "ABCDEFGHIJKLMNO", "abcdefghijklmnop", "abcdefghijklmnopq", "{|}~`^_\\abcdefgh", "\u007Fabcdefgh",
            "\uFEFF冠状动脉造影术冠状动脉造影术", "冠状动脉造影术冠状动脉造影术\uFF5F", "１２３４５６７８９０ＡＢＣ", "\u4DFF\u4E00\u9FFF\uA000abcdefgh",
            "\uFF00\uFF01\uFF5E\uFF5F\uFF60abcdefghijkl", "\t\r\n 冠状动脉造影术 \u00A0", string.Empty, "   ", "a", "冠",
        })
        {
            data.Add(text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BlockFoldTexts))]
    public void Block_fold_gives_the_key_and_the_hash_of_the_character_fold(string text)
    {
        AssertBlockFoldAgrees(text);
    }

    [Fact]
    public void Block_fold_agrees_with_the_character_fold_on_random_text_of_every_length()
    {
        // Characters the fold treats differently, next to ordinary ones: every length from 0 to 70, many times.
        var alphabet = "、。〇〒〓\u3010\u3011\u301B\u301C\u3000\u300F冠状动脉造影术经皮aZz09[](){}（）［］【】〔〕 \u3000\u00A0\u200B\uFEFF\u2013\u2212ＡＺａｚ０９｟｠\u007F\u0001\u4DFF\u4E00\u9FFF\uA000\uFF00\uFF01\uFF5E~!`@";
        const string Plain = "冠状动脉造影术经皮aZ09[]（）［］ＡＺａｚ~!、。《》【】〔〕〖〗〘〙〚〛";
        var random = new Random(20261208);
        for (var n = 0; n < 4000; n++)
        {
            var chars = new char[random.Next(71)];
            var plain = random.Next(2) == 0; // half the texts use only characters the block fold takes
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = plain ? Plain[random.Next(Plain.Length)] : alphabet[random.Next(alphabet.Length)];
            }

            AssertBlockFoldAgrees(new string(chars));
        }
    }

    [Fact]
    public void FindFoldedKey_answers_as_comparing_every_key_does()
    {
        // Keys of every length from 1 to 40 (the register path takes 8 to 32), some sharing all but one character.
        var random = new Random(8);
        const string Letters = "冠状动脉造影术经皮腔内血管成形、（）[]ABCabc-/ ";
        var keys = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (keys.Count < 600)
        {
            var chars = new char[1 + random.Next(40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Letters[random.Next(Letters.Length)];
            }

            var key = CatalogueText.ToKey(new string(chars));
            if (key.Length > 0 && seen.Add(key))
            {
                keys.Add(key);
                if (key.Length > 1 && keys.Count < 600)
                {
                    // A twin differing in one character, anywhere (also inside the overlap of the two blocks).
                    var twin = key.ToCharArray();
                    var at = random.Next(twin.Length);
                    twin[at] = twin[at] == '冠' ? '术' : '冠';
                    var twinKey = new string(twin);
                    if (seen.Add(twinKey))
                    {
                        keys.Add(twinKey);
                    }
                }
            }
        }

        var size = 16;
        while (size < keys.Count * 2)
        {
            size *= 2;
        }

        var slots = new int[size];
        var hashes = new int[size];
        for (var k = 0; k < keys.Count; k++)
        {
            var hash = CatalogueText.GetKeyHash(keys[k]);
            var i = hash & (size - 1);
            while (slots[i] != 0)
            {
                i = (i + 1) & (size - 1);
            }

            slots[i] = k + 1;
            hashes[i] = hash;
        }

        var array = keys.ToArray();
        foreach (var key in keys)
        {
            foreach (var text in new[]
            {
                key, " " + key + "\u3000", key.ToLowerInvariant(), Widen(key), "\u3000" + Widen(key) + " ", key + "术", key.Substring(1),
                key.Length > 2 ? key.Substring(0, key.Length / 2) + " " + key.Substring(key.Length / 2) : key,
                key.Length > 2 ? key.Substring(0, key.Length - 1) + (key[key.Length - 1] == '术' ? '冠' : '术') : key + "冠",
            })
            {
                var expected = Array.FindIndex(array, k => CatalogueText.MatchesKey(text, k));
                Assert.True(expected == CatalogueText.FindFoldedKey(text, array, slots, hashes), "text: " + text);
            }
        }

        static string Widen(string text) => new string(text.Select(c => c >= '!' && c <= '~' ? (char)(c + 0xFEE0) : c).ToArray());
    }

    [Fact]
    public void FindFoldedKey_compares_every_character_of_a_candidate_whose_hash_collides()
    {
        // A table whose one key is stored under the hash of another text: as a real 32-bit collision would put it.
        // The text must still not be taken for the key, whichever character differs and whatever the length.
        for (var length = 1; length <= 40; length++)
        {
            var text = new string('冠', length);
            var hash = CatalogueText.GetKeyHash(text);
            var slots = new int[16];
            var hashes = new int[16];
            slots[hash & 15] = 1;
            hashes[hash & 15] = hash;
            Assert.Equal(0, CatalogueText.FindFoldedKey(" " + text + "\u3000", new[] { text }, slots, hashes));
            for (var at = 0; at < length; at++)
            {
                var other = text.Substring(0, at) + "术" + text.Substring(at + 1);
                Assert.True(-1 == CatalogueText.FindFoldedKey(" " + text + "\u3000", new[] { other }, slots, hashes), "length " + length + ", at " + at);
                Assert.True(-1 == CatalogueText.FindFoldedKey(text.ToLowerInvariant(), new[] { other }, slots, hashes), "length " + length + ", at " + at);
            }
        }
    }

    private static void AssertBlockFoldAgrees(string text)
    {
#if NET8_0_OR_GREATER
        var buffer = new char[256];
        var length = CatalogueText.FoldInto(text, buffer, out var sum);
        var key = CatalogueText.ToKey(text);
        Assert.Equal(key, new string(buffer, 0, length));
        Assert.Equal(CatalogueText.GetKeyHash(text), CatalogueText.FinishKeyHashForTests(sum, length));
        Assert.Equal(ReferenceKeyHash(key), CatalogueText.GetKeyHash(text));
#else
        Assert.Equal(ReferenceKeyHash(CatalogueText.ToKey(text)), CatalogueText.GetKeyHash(text));
#endif
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
        Assert.Equal(ReferenceKeyHash(CatalogueText.ToKey(left)), CatalogueText.GetKeyHash(right));
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
