using System;
using System.Globalization;
using System.Linq;
using CatalogSdk.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CatalogSdk.EndToEnd.Tests;

/// <summary>
/// Edits that do not change what the catalogue means: the build passes without warnings, the lock is not
/// touched, and every ID stays what the lock says.
/// </summary>
[Collection(ConsumerBuilds.Name)]
public sealed class NotDriftTests
{
    // Looked up by the program after the build; the TIPS name is the lock's, with full-width brackets.
    private static readonly string[] s_lookups =
    {
        "冠状动脉造影术", "阵发性室上性心动过速射频消融术", "脑血管造影术", "脊髓静脉造影术", "经颈静脉肝内门体分流术（TIPS）", "鼻出血介入栓塞术",
    };

    private readonly ConsumerProject _consumer;
    private readonly ITestOutputHelper _log;

    public NotDriftTests(ConsumerProject consumer, ITestOutputHelper log)
    {
        _consumer = consumer;
        _log = log;
    }

    [Theory]
    [InlineData("reorder lines within a grade")]
    [InlineData("blank lines and comments")]
    [InlineData("bracket width")]
    [InlineData("trailing spaces")]
    public void BuildPasses_LockUntouched_IdsUnchanged(string edit)
    {
        var session = _consumer.Start(_log);
        var lockFile = session.Lock();
        var catalogue = session.Catalogue();
        var original = string.Join("\n", catalogue.Lines);
        switch (edit)
        {
            case "reorder lines within a grade":
                catalogue.Swap("冠状动脉造影术", "阵发性室上性心动过速射频消融术");   // both 三级手术, 心血管疾病
                catalogue.Swap("脑血管造影术", "脊髓静脉造影术");                   // both 一级手术, 神经血管
                catalogue.MoveAfter("主动脉造影术", "股动脉造影");                   // first to last of 一级手术, 外周血管
                break;
            case "blank lines and comments":
                catalogue.InsertAfter("冠状动脉造影术", string.Empty, "# 本院备注：术后观察。 A local note.", string.Empty, string.Empty);
                catalogue.InsertBefore("（二）神经血管介入诊疗手术分级目录", string.Empty, "＃ 全角井号的注释 full-width hash comment", string.Empty);
                catalogue.InsertAfter("一般动静脉造影术和其他部位插管造影术", "    # 缩进的注释 indented comment", string.Empty);
                catalogue.InsertAfter("鼻出血介入栓塞术", string.Empty, string.Empty, string.Empty);
                break;
            case "bracket width":
                catalogue.Transform((_, line) => line.Replace("（TIPS）", "(TIPS)", StringComparison.Ordinal));
                break;
            case "trailing spaces":
                catalogue.Transform((i, line) => line.Trim().Length == 0 || line.TrimStart().StartsWith('#')
                    ? line
                    : line + (i % 3) switch { 0 => "   ", 1 => " \t", _ => "\u3000 " });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit, null);
        }

        Assert.NotEqual(original, string.Join("\n", catalogue.Lines)); // the edit did something
        session.Save(catalogue);

        var build = session.Build(); // also checks that the build did not touch the lock
        Expect.CleanBuild(build);
        Assert.True(lockFile.Bytes.AsSpan().SequenceEqual(session.Lock().Bytes), "The lock must be byte for byte what it was.\n" + build.Describe());

        var run = session.RunProgram(s_lookups);
        Expect.Value(run, "CAG", lockFile.Named("冠状动脉造影术").Id.ToString(CultureInfo.InvariantCulture));
        Expect.Value(run, "COUNT", lockFile.ActiveProcedureCount.ToString(CultureInfo.InvariantCulture));
        Expect.Value(run, "ID14", lockFile.Entry(14).Name);
        foreach (var name in s_lookups)
        {
            var entry = lockFile.Named(name);
            Expect.Value(run, "FIND " + name, entry.Id + "|" + entry.Grade + "|" + entry.Specialties);
        }
    }
}
