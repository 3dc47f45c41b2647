using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Core.Exceptions;
using ApprovalTests.Reporters;

namespace CatalogSdk.Generator.Tests.Support;

/// <summary>
/// Snapshot tests of generated source with ApprovalTests: one approved file per generated file, named
/// <c>Snapshots/&lt;TestClass&gt;.&lt;TestMethod&gt;.&lt;HintName without .cs&gt;.approved.cs</c>. A mismatch writes
/// <c>.received.cs</c> beside it; review it, then rename it to <c>.approved.cs</c>.
/// </summary>
internal static class Snapshot
{
    private const string ApprovedSuffix = ".approved.cs";

    /// <summary>
    /// The Snapshots folder of this project in the source tree. Taken from the build (assembly metadata), not from
    /// [CallerFilePath], which deterministic CI builds map to /_/.
    /// </summary>
    public static string Directory { get; } =
        typeof(Snapshot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "SnapshotDirectory").Value!;

    /// <summary>
    /// Verifies every generated file against its approved file, and that no approved file of this test is left
    /// without a generated file. Reports every mismatch at once, so one run writes every received file.
    /// </summary>
    public static void VerifyGeneratedSources(
        GeneratorRun run,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var prefix = Path.GetFileNameWithoutExtension(testFile) + "." + testMethod + ".";
        var sources = run.Sources;
        Assert.NotEmpty(sources);

        var failures = new List<string>();
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var name = prefix + StripCs(source.HintName);
            expected.Add(name + ApprovedSuffix);
            try
            {
                Approvals.Verify(new Utf8Writer(source.SourceText.ToString()), new Namer(Directory, name), QuietReporter.INSTANCE);
            }
            catch (ApprovalException ex)
            {
                failures.Add(source.HintName + ": " + ex.Message);
            }
        }

        var orphans = System.IO.Directory.EnumerateFiles(Directory, prefix + "*" + ApprovedSuffix)
            .Select(Path.GetFileName)
            .Where(f => !expected.Contains(f!))
            .OrderBy(f => f, StringComparer.Ordinal);
        failures.AddRange(orphans.Select(f => f + ": approved, but the generator no longer produces this file; delete it."));

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static string StripCs(string hintName) =>
        hintName.EndsWith(".cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - 3) : hintName;

    /// <summary>Writes received files as UTF-8 without a byte-order mark, like the generated source and the repository.</summary>
    private sealed class Utf8Writer(string text) : IApprovalWriter
    {
        public string GetApprovalFilename(string baseName) => baseName + ApprovedSuffix;

        public string GetReceivedFilename(string baseName) => baseName + ".received.cs";

        public string WriteReceivedFile(string received)
        {
            File.WriteAllText(received, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return received;
        }
    }

    private sealed class Namer(string sourcePath, string name) : IApprovalNamer
    {
        public string SourcePath { get; } = sourcePath;

        public string Name { get; } = name;
    }
}
