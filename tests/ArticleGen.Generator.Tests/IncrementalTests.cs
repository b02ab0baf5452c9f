using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// The incremental pipeline: edits that do not touch a layout must not re-emit code, a layout edit must, and
/// nothing Roslyn-owned (symbols, syntax, compilations, locations) may be kept in a step's output, where it
/// would pin old compilations in memory and defeat the cache.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] StepNames =
    {
        ArticleLayoutGenerator.Steps.Parse,
        ArticleLayoutGenerator.Steps.Models,
        ArticleLayoutGenerator.Steps.Diagnostics,
        ArticleLayoutGenerator.Steps.VariantParse,
        ArticleLayoutGenerator.Steps.VariantModels,
        ArticleLayoutGenerator.Steps.VariantDiagnostics,
    };

    private const string Helper = """

        public static class Helper
        {
            public static int Compute() => 1;
        }
        """;

    private static string Source => TestSources.Yonhap + Helper;

    [Fact]
    public void RerunOnTheSameCompilationIsCached()
    {
        GeneratorRun first = GeneratorHarness.Run(Source);
        AssertGeneratedCleanly(first);

        GeneratorRun second = GeneratorHarness.Run(first.Driver, first.Compilation);

        AssertNothingRegenerated(second);
        Assert.True(second.Single.TrackedSteps.ContainsKey(ArticleLayoutGenerator.Steps.Models));
    }

    [Fact]
    public void AddingAnUnrelatedTreeIsCached()
    {
        GeneratorRun first = GeneratorHarness.Run(Source);
        AssertGeneratedCleanly(first);

        CSharpCompilation edited = first.Compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("class Unrelated {}", GeneratorHarness.ParseOptions, path: "Unrelated.cs"));
        GeneratorRun second = GeneratorHarness.Run(first.Driver, edited);

        AssertNothingRegenerated(second);
    }

    [Fact]
    public void EditingAMethodBodyInTheSameFileIsCached()
    {
        GeneratorRun first = GeneratorHarness.Run(Source);
        AssertGeneratedCleanly(first);

        GeneratorRun second = GeneratorHarness.Run(first.Driver, ReplaceInTree(first.Compilation, "=> 1;", "=> 2 + 40;"));

        AssertNothingRegenerated(second);
    }

    [Fact]
    public void EditingTheLayoutRegeneratesTheCode()
    {
        GeneratorRun first = GeneratorHarness.Run(Source);
        AssertGeneratedCleanly(first);

        GeneratorRun second = GeneratorHarness.Run(first.Driver, ReplaceInTree(first.Compilation, "{Dateline} -- {Lead}", "{Dateline} - {Lead}"));

        Assert.Null(second.Single.Exception);
        IncrementalGeneratorRunStep[] models = second.Single.TrackedSteps[ArticleLayoutGenerator.Steps.Models].ToArray();
        Assert.Contains(models.SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(SourceOutputsOf(second, ArticleLayoutGenerator.Steps.Models), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(second.Sources, s => s.HintName == "Wire.YonhapStory.ArticleLayout.g.cs" && s.Text.Contains("\" - \"", StringComparison.Ordinal));

        // Dateline's layout did not change: its model is still the cached one.
        Assert.Contains(models.SelectMany(s => s.Outputs), o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void VariantsAreCachedWhenAMethodBodyChanges()
    {
        GeneratorRun first = GeneratorHarness.Run(TestSources.Variants + Helper);
        Assert.Null(first.Single.Exception);
        Assert.Equal(5, first.Sources.Count);
        Assert.True(first.OutputProblems.Count == 0, GeneratorHarness.Describe(first.OutputProblems));

        GeneratorRun second = GeneratorHarness.Run(first.Driver, ReplaceInTree(first.Compilation, "=> 1;", "=> 2 + 40;"));

        AssertNothingRegenerated(second);
        Assert.True(second.Single.TrackedSteps.ContainsKey(ArticleLayoutGenerator.Steps.VariantModels));
    }

    [Fact]
    public void EditingAVariantsLayoutRegeneratesTheVariantButNotTheDispatch()
    {
        GeneratorRun first = GeneratorHarness.Run(TestSources.Variants + Helper);
        Assert.Null(first.Single.Exception);

        GeneratorRun second = GeneratorHarness.Run(first.Driver, ReplaceInTree(first.Compilation, "BRIEF {Slug}: {Text}", "BRIEF {Slug} - {Text}"));

        Assert.Null(second.Single.Exception);
        Assert.Contains(second.Sources, s => s.HintName == "Brief.ArticleLayout.g.cs" && s.Text.Contains("\" - \"", StringComparison.Ordinal));
        IncrementalGeneratorRunStep[] dispatch = second.Single.TrackedSteps[ArticleLayoutGenerator.Steps.VariantModels].ToArray();
        Assert.All(dispatch.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(SourceOutputsOf(second, ArticleLayoutGenerator.Steps.VariantModels), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));

        // A variant that becomes one-line (or gains a line break) changes how the dispatch reads it at the top level.
        GeneratorRun third = GeneratorHarness.Run(second.Driver, ReplaceInTree(second.Compilation, "BRIEF {Slug} - {Text}", "BRIEF {Slug}\\n{Text}"));
        Assert.Contains(SourceOutputsOf(third, ArticleLayoutGenerator.Steps.VariantModels), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    private const string BrokenLayout = """
        using ArticleGen;

        [ArticleLayout("{Title")]
        public partial record Broken(string Title);
        """;

    [Fact]
    public void DiagnosticsAreCachedWhenAnotherFileChanges()
    {
        // A layout with an error: the Diagnostics step has an output, which must be cached too.
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(BrokenLayout, TestSources.Yonhap + Helper);
        GeneratorRun first = GeneratorHarness.Run(compilation);
        Assert.Contains(first.Artg, d => d.Id == "ARTG004");
        Assert.True(first.Single.TrackedSteps.ContainsKey(ArticleLayoutGenerator.Steps.Diagnostics));

        GeneratorRun second = GeneratorHarness.Run(first.Driver, ReplaceInTree(first.Compilation, "=> 1;", "=> 2;"));

        AssertNothingRegenerated(second);
        Assert.Equal(first.Artg.Select(d => d.ToString()), second.Artg.Select(d => d.ToString()));
    }

    [Fact]
    public void MovingABrokenDeclarationMovesItsDiagnosticButDoesNotReemit()
    {
        // Same file: the record with the error moves down two lines. Its diagnostic must follow it (reported
        // again, at the new place); the valid records' code is not generated again.
        GeneratorRun first = GeneratorHarness.Run(TestSources.Yonhap + Helper + "\n" + BrokenLayout);
        Diagnostic before = Assert.Single(first.Artg);

        GeneratorRun second = GeneratorHarness.Run(first.Driver, ReplaceInTree(first.Compilation, "=> 1;", "=> 1;\n\n"));

        Diagnostic after = Assert.Single(second.Artg);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal(before.Location.SourceSpan.Start + 2, after.Location.SourceSpan.Start);
        Assert.Equal(before.Location.GetLineSpan().StartLinePosition.Line + 2, after.Location.GetLineSpan().StartLinePosition.Line);
        Assert.All(
            second.Single.TrackedSteps[ArticleLayoutGenerator.Steps.Models].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.All(
            SourceOutputsOf(second, ArticleLayoutGenerator.Steps.Models),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void StepOutputsHoldNoRoslynObjects()
    {
        const string withDiagnostics = """
            using ArticleGen;

            [ArticleLayout("{Title} {Missing}")]
            public partial record Broken(string Title);

            [ArticleVariant(typeof(Broken))]
            public abstract partial record BrokenBase;
            """;
        GeneratorRun run = GeneratorHarness.Run(
            GeneratorHarness.CreateCompilation(TestSources.Yonhap, TestSources.EveryType, TestSources.Nested, TestSources.Variants, withDiagnostics));
        Assert.Null(run.Single.Exception);

        int outputs = 0;
        int visited = 0;
        var found = new List<string>();

        // The generator's own steps; Roslyn's internal ones (compilationUnit_ForAttribute, ...) hold syntax by design.
        foreach (string name in StepNames.Where(run.Single.TrackedSteps.ContainsKey))
        {
            // The one Roslyn object allowed: DiagnosticInfo.Location, a SourceLocation, on the diagnostics branch
            // only (a location in a syntax tree is what makes #pragma warning work, dotnet/roslyn#68291; see
            // Model/DiagnosticInfo.cs). It keeps a syntax tree alive, never a compilation or a symbol. The
            // Models step, which feeds the emitter, must hold none at all.
            var walker = new RoslynObjectWalker(allowDiagnosticLocations: name is not (ArticleLayoutGenerator.Steps.Models or ArticleLayoutGenerator.Steps.VariantModels));
            foreach (IncrementalGeneratorRunStep step in run.Single.TrackedSteps[name])
            {
                foreach ((object value, _) in step.Outputs)
                {
                    outputs++;
                    walker.Walk(value, name);
                }
            }

            visited += walker.Visited;
            found.AddRange(walker.Found);
        }

        Assert.True(found.Count == 0, "Roslyn objects in step outputs:" + Environment.NewLine + string.Join(Environment.NewLine, found));
        Assert.True(StepNames.All(run.Single.TrackedSteps.ContainsKey), "Every named step ran: " + string.Join(", ", run.Single.TrackedSteps.Keys));
        Assert.True(outputs >= 9, $"Only {outputs} outputs were walked.");
        Assert.True(visited > 200, $"The walker only visited {visited} objects; it does not look inside the models.");
    }

    [Fact]
    public void WalkerFindsRoslynObjectsNestedInModels()
    {
        // The walker itself must be able to fail: a Location inside a record inside an array inside a tuple.
        Location location = Location.Create("a.cs", new TextSpan(1, 2), new LinePositionSpan(new LinePosition(0, 1), new LinePosition(0, 3)));
        SyntaxNode node = CSharpSyntaxTree.ParseText("class C {}").GetRoot();
        var walker = new RoslynObjectWalker();
        walker.Walk((1, new[] { new Holder("x", location) }), "test");
        walker.Walk(new List<object> { new Holder("y", node) }, "test");
        walker.Walk(GeneratorHarness.CreateCompilation("class C {}"), "test");

        // A diagnostic's location is allowed only where the walker is told so, and only a source location.
        var strict = new RoslynObjectWalker();
        var lenient = new RoslynObjectWalker(allowDiagnosticLocations: true);
        SyntaxTree tree = CSharpSyntaxTree.ParseText("class C {}");
        var info = new ArticleGen.Generator.Model.DiagnosticInfo("ARTG001", Location.Create(tree, new TextSpan(0, 5)), ArticleGen.Generator.Model.EquatableArray<string>.Empty);
        var external = new ArticleGen.Generator.Model.DiagnosticInfo("ARTG001", location, ArticleGen.Generator.Model.EquatableArray<string>.Empty);
        strict.Walk(info, "strict");
        lenient.Walk(info, "lenient");
        lenient.Walk(new Holder("z", Location.Create(tree, new TextSpan(0, 5))), "lenient elsewhere");
        lenient.Walk(external, "lenient external");
        Assert.Single(strict.Found);
        Assert.Equal(2, lenient.Found.Count);

        Assert.Equal(3, walker.Found.Count);
        Assert.Contains(walker.Found, f => f.Contains("Location", StringComparison.Ordinal));
        Assert.Contains(walker.Found, f => f.Contains("SyntaxNode", StringComparison.Ordinal));
        Assert.Contains(walker.Found, f => f.Contains("Compilation", StringComparison.Ordinal));
    }

    private sealed record Holder(string Name, object Payload);

    private static void AssertGeneratedCleanly(GeneratorRun run)
    {
        Assert.Null(run.Single.Exception);
        Assert.Equal(2, run.Sources.Count);
        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
    }

    private static void AssertNothingRegenerated(GeneratorRun run)
    {
        GeneratorRunResult result = run.Single;
        Assert.Null(result.Exception);
        string[] present = StepNames.Where(result.TrackedSteps.ContainsKey).ToArray();
        Assert.Contains(ArticleLayoutGenerator.Steps.Parse, present);

        var problems = new List<string>();
        foreach (string name in present)
        {
            foreach (IncrementalGeneratorRunStep step in result.TrackedSteps[name])
            {
                foreach ((object value, IncrementalStepRunReason reason) in step.Outputs)
                {
                    if (reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    {
                        problems.Add($"{name}: {reason}: {value}");
                    }
                }
            }
        }

        var sourceOutputs = SourceOutputs(run).ToArray();
        Assert.NotEmpty(sourceOutputs);
        problems.AddRange(sourceOutputs
            .Where(o => o.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
            .Select(o => $"source output: {o.Reason}: {o.Value}"));
        Assert.True(problems.Count == 0, "Regenerated although nothing relevant changed:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    /// <summary>The outputs of the source-output steps fed by the step named <paramref name="stepName"/>.</summary>
    private static List<(object Value, IncrementalStepRunReason Reason)> SourceOutputsOf(GeneratorRun run, string stepName)
    {
        var outputs = (run.Single.TrackedOutputSteps.TryGetValue("SourceOutput", out var steps) ? steps : default)
            .Where(s => s.Inputs.Any(i => i.Source.Name == stepName))
            .SelectMany(s => s.Outputs)
            .ToList();
        Assert.NotEmpty(outputs);
        return outputs;
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> SourceOutputs(GeneratorRun run)
        => run.Single.TrackedOutputSteps.TryGetValue("SourceOutput", out var steps)
            ? steps.SelectMany(s => s.Outputs)
            : Enumerable.Empty<(object, IncrementalStepRunReason)>();

    private static CSharpCompilation ReplaceInTree(CSharpCompilation compilation, string oldText, string newText)
    {
        SyntaxTree tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains(oldText, StringComparison.Ordinal));
        SourceText text = tree.GetText();
        int index = text.ToString().IndexOf(oldText, StringComparison.Ordinal);
        SyntaxTree edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(index, oldText.Length), newText)));
        return compilation.ReplaceSyntaxTree(tree, edited);
    }
}

/// <summary>
/// Walks an object graph by reflection (fields of classes, records and structs, items of enumerables such as
/// EquatableArray and ImmutableArray, tuple elements) and records every Roslyn object it meets.
/// </summary>
internal sealed class RoslynObjectWalker
{
    private const int MaxDepth = 16;
    private static readonly Type[] Forbidden = { typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Compilation), typeof(SemanticModel), typeof(Location), typeof(AttributeData) };
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly bool _allowDiagnosticLocations;

    public RoslynObjectWalker(bool allowDiagnosticLocations = false) => _allowDiagnosticLocations = allowDiagnosticLocations;

    public List<string> Found { get; } = new();

    public int Visited { get; private set; }

    public void Walk(object? value, string path) => Walk(value, path, 0, null);

    private void Walk(object? value, string path, int depth, object? parent)
    {
        if (value is null || depth > MaxDepth)
        {
            return;
        }

        Type type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or decimal or Type or Delegate || type.IsPointer)
        {
            return;
        }

        if (!type.IsValueType && !_seen.Add(value))
        {
            return;
        }

        Visited++;
        if (_allowDiagnosticLocations && parent is ArticleGen.Generator.Model.DiagnosticInfo && value is Location { IsInSource: true })
        {
            return;
        }

        Type? forbidden = Forbidden.FirstOrDefault(f => f.IsInstanceOfType(value));
        if (forbidden is not null || value is SyntaxToken or SyntaxTrivia or SyntaxReference)
        {
            Found.Add($"{path}: {forbidden?.Name ?? type.Name} ({type.FullName})");
            return;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(System.Collections.Immutable.ImmutableArray<>)
            && (bool)type.GetProperty("IsDefault")!.GetValue(value)!)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                Walk(item, $"{path}[{i++}]", depth + 1, value);
            }

            // Arrays and immutable arrays hold nothing but their items; others may hold more in fields.
            if (type.IsArray)
            {
                return;
            }
        }

        if (value is ITuple tuple)
        {
            for (int i = 0; i < tuple.Length; i++)
            {
                Walk(tuple[i], $"{path}.Item{i + 1}", depth + 1, value);
            }
        }

        for (Type? current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (FieldInfo field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                Walk(field.GetValue(value), $"{path}.{field.Name}", depth + 1, value);
            }
        }
    }
}
