using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Benchmarks;

/// <summary>
/// What the generator costs in a build and in the IDE: one run over a compilation with 100 layouts from
/// scratch (a build), and the incremental run after one of them is edited (a keystroke); and on 200 layouts, a
/// keystroke in a file with no layout, against a do-nothing generator with the same attribute lookup (the
/// least any [ArticleLayout] generator pays: Roslyn re-runs the lookup's transform on every compilation).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup(Targets = [nameof(Cold), nameof(WarmAfterOneEdit)])]
    public void Setup()
    {
        var trees = Enumerable.Range(0, 100).Select(i => CSharpSyntaxTree.ParseText(Source(i, "ATTN"), ParseOptions, path: $"Layout{i}.cs"));
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(ArticleLayoutAttribute).Assembly.Location));
        _compilation = CSharpCompilation.Create("GeneratorBenchmark", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _warm = NewDriver().RunGenerators(_compilation);
        SyntaxTree first = _compilation.SyntaxTrees.First();
        _edited = _compilation.ReplaceSyntaxTree(first, CSharpSyntaxTree.ParseText(Source(0, "NOTE"), ParseOptions, path: first.FilePath));

        int generated = _warm.GetRunResult().GeneratedTrees.Length;
        if (generated != 200)
        {
            throw new InvalidOperationException($"Expected 200 generated files, got {generated}.");
        }
    }

    // ---- 200 layouts, an edit in a file with no layout: ArticleGen against a do-nothing generator -------------

    private CSharpCompilation _large = null!;
    private CSharpCompilation _largeEdited = null!;
    private GeneratorDriver _largeWarm = null!;
    private GeneratorDriver _baselineWarm = null!;

    [GlobalSetup(Targets = [nameof(UnrelatedEdit200), nameof(UnrelatedEdit200Baseline)])]
    public void SetupLarge()
    {
        var trees = Enumerable.Range(0, 100).Select(i => CSharpSyntaxTree.ParseText(Source(i, "ATTN"), ParseOptions, path: $"Layout{i}.cs"))
            .Append(CSharpSyntaxTree.ParseText(Unrelated(0), ParseOptions, path: "Unrelated.cs"));
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(ArticleLayoutAttribute).Assembly.Location));
        _large = CSharpCompilation.Create("GeneratorBenchmark200", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        SyntaxTree unrelated = _large.SyntaxTrees.Last();
        _largeEdited = _large.ReplaceSyntaxTree(unrelated, CSharpSyntaxTree.ParseText(Unrelated(1), ParseOptions, path: unrelated.FilePath));

        // Warm both drivers on both compilations, so that each benchmark call is one more keystroke of the same kind.
        _largeWarm = NewDriver().RunGenerators(_large).RunGenerators(_largeEdited);
        _baselineWarm = CSharpGeneratorDriver.Create([new DoNothingGenerator().AsSourceGenerator()], parseOptions: ParseOptions).RunGenerators(_large).RunGenerators(_largeEdited);
        int generated = _largeWarm.GetRunResult().GeneratedTrees.Length;
        if (generated != 200 || _largeWarm.GetRunResult().Diagnostics.Length != 0)
        {
            throw new InvalidOperationException($"Expected 200 generated files and no diagnostics, got {generated} and {_largeWarm.GetRunResult().Diagnostics.Length}.");
        }
    }

    private bool _flip;

    /// <summary>A keystroke in a file without a layout, alternating between two versions of it.</summary>
    [Benchmark(Description = "200 layouts, edit in a file without one: ArticleGen")]
    public GeneratorDriver UnrelatedEdit200()
    {
        _flip = !_flip;
        return _largeWarm = _largeWarm.RunGenerators(_flip ? _large : _largeEdited);
    }

    [Benchmark(Baseline = true, Description = "200 layouts, edit in a file without one: do-nothing generator, same lookup")]
    public GeneratorDriver UnrelatedEdit200Baseline()
    {
        _flip = !_flip;
        return _baselineWarm = _baselineWarm.RunGenerators(_flip ? _large : _largeEdited);
    }

    private static string Unrelated(int version) => $$"""
        namespace Elsewhere;

        public static class Helper
        {
            public static int Twice(int x) => x * {{version + 2}};
        }
        """;

    /// <summary>The least a generator keyed on [ArticleLayout] costs: the same attribute lookup, a name per type, no output.</summary>
    private sealed class DoNothingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<string> names = context.SyntaxProvider.ForAttributeWithMetadataName(
                "ArticleGen.ArticleLayoutAttribute",
                static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax,
                static (syntax, _) => syntax.TargetSymbol.Name);
            context.RegisterSourceOutput(names, static (_, _) => { });
        }
    }

    [Benchmark(Description = "100 layouts, cold run")]
    public GeneratorDriver Cold() => NewDriver().RunGenerators(_compilation);

    [Benchmark(Description = "100 layouts, one edited (warm)")]
    public GeneratorDriver WarmAfterOneEdit() => _warm.RunGenerators(_edited);

    // The generator dll is the one the build uses as an analyzer, copied next to the benchmark and loaded like
    // the compiler loads it (a compile-time reference would clash with the analyzer reference of the same project).
    private static readonly IIncrementalGenerator Generator = (IIncrementalGenerator)Activator.CreateInstance(
        Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "generator", "ArticleGen.Generator.dll")).GetType("ArticleGen.Generator.ArticleLayoutGenerator", throwOnError: true)!)!;

    private static GeneratorDriver NewDriver()
        => CSharpGeneratorDriver.Create([Generator.AsSourceGenerator()], parseOptions: ParseOptions);

    private static string Source(int index, string note) => $$""""
        using System;
        using System.Collections.Generic;
        using ArticleGen;

        namespace Bench{{index}};

        [ArticleLayout("""
             date {Date:yyyy-MM-dd}[ ({{note}}: {Attention})]

            {Dateline} -- {Lead}

            {Body...}[



            {PhotoCaption}]
            """)]
        public partial record Story{{index}}(DateOnly Date, string? Attention, Place{{index}} Dateline, string Lead, IReadOnlyList<string> Body, string? PhotoCaption);

        [ArticleLayout("{City}, {Date} ({Agency})")]
        public partial record Place{{index}}(string City, string Date, string Agency);
        """";
}
