using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using CatalogSdk.Generator.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CatalogSdk.Generator.Tests;

/// <summary>
/// The generator stays out of the way while people type: an edit to C# code regenerates nothing, an edit to one
/// catalogue regenerates only that catalogue, and no step holds compiler objects that would defeat caching.
/// </summary>
public sealed class IncrementalTests
{
    /// <summary>The catalogue the tests edit.</summary>
    private static readonly TestFile s_edited = TestFile.Catalogue("abbreviations.txt", Fixtures.Abbreviations);

    /// <summary>
    /// The shipped catalogue, its lock and its English-name overlay, never edited: with a lock and an overlay, every
    /// step of the pipeline has work to do.
    /// </summary>
    private static readonly TestFile[] s_shipped = Fixtures.ShippedWithLock.Append(Fixtures.ShippedEnglishNames).ToArray();

    private static GeneratorRun RunBoth(params TestFile[] more) => GeneratorDriverHelper.Run(s_shipped.Append(s_edited).Concat(more).ToArray());

    /// <summary>Every tracking name the generator declares, read from <see cref="CatalogueGenerator.TrackingNames"/> so a new step is covered too.</summary>
    private static readonly string[] s_trackingNames = typeof(CatalogueGenerator.TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly IncrementalStepRunReason[] s_notRecomputed = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

    [Fact]
    public void EditToUnrelatedCode_RegeneratesNothing()
    {
        var first = RunBoth();
        var edited = first.InputCompilation.AddSyntaxTrees(
            GeneratorDriverHelper.ParseSource("namespace MyHospital { internal static class Unrelated { } }", LanguageVersion.Latest, "/src/MyHospital/Unrelated.cs"));

        var second = GeneratorDriverHelper.RunAgain(first, edited);

        var result = second.Generator;
        Assert.NotEmpty(s_trackingNames);
        foreach (var name in s_trackingNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "no step tracked as " + name);
            AssertAll(result.TrackedSteps[name], name, s_notRecomputed);
        }

        // The compilation did change: the step that reads it ran again, and found nothing new.
        var upstreamOfFacts = result.TrackedSteps[CatalogueGenerator.TrackingNames.Facts].SelectMany(Upstream);
        Assert.Contains(upstreamOfFacts.SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Unchanged);

        var sourceSteps = result.TrackedOutputSteps[WellKnownGeneratorOutputs.SourceOutput];
        Assert.Equal(2, sourceSteps.Length);
        AssertAll(sourceSteps, WellKnownGeneratorOutputs.SourceOutput, new[] { IncrementalStepRunReason.Cached });
        Assert.Equal(Texts(first), Texts(second));
    }

    [Fact]
    public void EditToOneCatalogue_RegeneratesOnlyThatCatalogue()
    {
        var first = RunBoth();

        var second = GeneratorDriverHelper.RunAfterEdit(first, s_edited.Path, Fixtures.Abbreviations + "经皮穿刺活检术\n");

        var result = second.Generator;
        var steps = StepsByCatalogue(result);
        foreach (var name in new[] { CatalogueGenerator.TrackingNames.Inputs, CatalogueGenerator.TrackingNames.Parsed, CatalogueGenerator.TrackingNames.EmitInputs })
        {
            Assert.Contains((name, "interventional.txt"), steps.Keys);
            Assert.Contains((name, "abbreviations.txt"), steps.Keys);
        }

        foreach (var ((step, fileName), reasons) in steps)
        {
            if (fileName == "interventional.txt")
            {
                Assert.True(reasons.All(s_notRecomputed.Contains), step + " of the unedited catalogue: " + string.Join(", ", reasons));
            }
            else
            {
                Assert.True(reasons.All(r => r == IncrementalStepRunReason.Modified), step + " of the edited catalogue: " + string.Join(", ", reasons));
            }
        }

        var sourceReasons = result.TrackedOutputSteps[WellKnownGeneratorOutputs.SourceOutput].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, sourceReasons.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, sourceReasons.Count(r => r == IncrementalStepRunReason.Modified));

        var before = Texts(first);
        var after = Texts(second);
        var unedited = after.Keys.Where(h => h.StartsWith("MyHospital.Interventional.", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, unedited.Count);
        foreach (var hint in unedited)
        {
            Assert.Equal(before[hint], after[hint]);
        }

        Assert.DoesNotContain("经皮穿刺活检术", before["MyHospital.Abbreviations.Procedure.g.cs"]);
        Assert.Contains("经皮穿刺活检术", after["MyHospital.Abbreviations.Procedure.g.cs"]);
    }

    [Fact]
    public void StepOutputs_HoldNoCompilerObjects()
    {
        // A locked catalogue, a clean one and one with diagnostics, then an edit: every kind of value through every step.
        var first = RunBoth(TestFile.Catalogue("identifiers.txt", Fixtures.Identifiers));
        var second = GeneratorDriverHelper.RunAfterEdit(first, s_edited.Path, Fixtures.Abbreviations + "经皮穿刺活检术\n");

        foreach (var run in new[] { first, second })
        {
            var result = run.Generator;
            foreach (var name in s_trackingNames)
            {
                Assert.True(result.TrackedSteps.ContainsKey(name), "no step tracked as " + name);
                var outputs = result.TrackedSteps[name].SelectMany(s => s.Outputs).ToList();
                Assert.NotEmpty(outputs);
                for (var i = 0; i < outputs.Count; i++)
                {
                    var found = ObjectGraph.FindForbidden(outputs[i].Value, name + "[" + i + "]");
                    Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
                }
            }
        }
    }

    [Fact]
    public void ObjectGraphCheck_FindsCompilerObjectsNestedInRecordsAndArrays()
    {
        // The check above is only worth something if it can fail.
        var tree = CSharpSyntaxTree.ParseText("class C { }");
        var compilation = CSharpCompilation.Create("x", new[] { tree });
        var location = Location.Create("/a.txt", new TextSpan(0, 1), new LinePositionSpan(default, default));

        Assert.NotEmpty(ObjectGraph.FindForbidden(new Holder("plain", new object[] { 1, new Holder("inner", new object[] { location }) })));
        Assert.NotEmpty(ObjectGraph.FindForbidden(new Holder("node", new object[] { tree.GetRoot() })));
        Assert.NotEmpty(ObjectGraph.FindForbidden((Name: "tuple", Value: (object)compilation)));
        Assert.NotEmpty(ObjectGraph.FindForbidden(new List<object> { compilation.GetTypeByMetadataName("C")! }));
        Assert.NotEmpty(ObjectGraph.FindForbidden(new Holder("text", new object[] { new InMemoryAdditionalText("/a.txt", "x") })));
        Assert.Empty(ObjectGraph.FindForbidden(new Holder("plain", new object[] { 1, "two", new Holder("inner", Array.Empty<object>()) })));
    }

    private sealed record Holder(string Name, object[] Items);

    /// <summary>For each tracked step output that belongs to one catalogue: the step name, the catalogue's file name, and the reasons.</summary>
    private static Dictionary<(string Step, string FileName), List<IncrementalStepRunReason>> StepsByCatalogue(GeneratorRunResult result)
    {
        var map = new Dictionary<(string, string), List<IncrementalStepRunReason>>();
        foreach (var name in s_trackingNames)
        {
            foreach (var (value, reason) in result.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                var fileName = CatalogueFileNameOf(value);
                if (fileName is null)
                {
                    continue;
                }

                if (!map.TryGetValue((name, fileName), out var reasons))
                {
                    map[(name, fileName)] = reasons = new List<IncrementalStepRunReason>();
                }

                reasons.Add(reason);
            }
        }

        return map;
    }

    /// <summary>The file name of the catalogue a per-catalogue step output belongs to; null for project-wide outputs.</summary>
    private static string? CatalogueFileNameOf(object value) => value switch
    {
        CatalogueInput input => input.FileName,
        ParsedCatalogue parsed => parsed.FileName,
        EmitInput emit => emit.Catalogue.FileName,
        _ => FileNameOfTuple(value),
    };

    private static string? FileNameOfTuple(object value)
    {
        // Combined steps output tuples; the catalogue is the first element that names one.
        var type = value.GetType();
        if (!type.IsGenericType || !type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var field in type.GetFields())
        {
            if (field.GetValue(value) is { } item && CatalogueFileNameOf(item) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private static IEnumerable<IncrementalGeneratorRunStep> Upstream(IncrementalGeneratorRunStep step) =>
        step.Inputs.SelectMany(i => Upstream(i.Source).Prepend(i.Source));

    private static void AssertAll(IEnumerable<IncrementalGeneratorRunStep> steps, string name, IncrementalStepRunReason[] allowed)
    {
        var outputs = steps.SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        foreach (var (_, reason) in outputs)
        {
            Assert.True(allowed.Contains(reason), name + " output was " + reason + ", expected " + string.Join(" or ", allowed));
        }
    }

    private static Dictionary<string, string> Texts(GeneratorRun run) =>
        run.Sources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
}
