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

    private SyntaxTree _unrelatedA = null!;
    private SyntaxTree _unrelatedB = null!;
    private CSharpCompilation _current = null!;
    private GeneratorDriver _largeWarm = null!;
    private GeneratorDriver _baselineWarm = null!;
    private bool _flip;

    [GlobalSetup(Targets = [nameof(UnrelatedEdit200), nameof(UnrelatedEdit200Baseline)])]
    public void SetupLarge()
    {
        _unrelatedA = CSharpSyntaxTree.ParseText(Unrelated(0), ParseOptions, path: "Unrelated.cs");
        _unrelatedB = CSharpSyntaxTree.ParseText(Unrelated(1), ParseOptions, path: "Unrelated.cs");
        var trees = Enumerable.Range(0, 100).Select(i => CSharpSyntaxTree.ParseText(Source(i, "ATTN"), ParseOptions, path: $"Layout{i}.cs")).Append(_unrelatedA);
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(ArticleLayoutAttribute).Assembly.Location));
        _current = CSharpCompilation.Create("GeneratorBenchmark200", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _largeWarm = NewDriver().RunGenerators(_current);
        _baselineWarm = CSharpGeneratorDriver.Create([new DoNothingGenerator().AsSourceGenerator()], parseOptions: ParseOptions).RunGenerators(_current);
        int generated = _largeWarm.GetRunResult().GeneratedTrees.Length;
        if (generated != 200 || _largeWarm.GetRunResult().Diagnostics.Length != 0)
        {
            throw new InvalidOperationException($"Expected 200 generated files and no diagnostics, got {generated} and {_largeWarm.GetRunResult().Diagnostics.Length}.");
        }
    }

    /// <summary>
    /// A keystroke: the file without a layout alternates between two versions, and each call makes a new
    /// compilation, as the IDE does, so nothing is bound yet when the generators run (the same for both).
    /// </summary>
    private CSharpCompilation Keystroke()
    {
        _flip = !_flip;
        return _current = _current.ReplaceSyntaxTree(_flip ? _unrelatedA : _unrelatedB, _flip ? _unrelatedB : _unrelatedA);
    }

    [Benchmark(Description = "200 layouts, edit in a file without one: ArticleGen")]
    public GeneratorDriver UnrelatedEdit200() => _largeWarm = _largeWarm.RunGenerators(Keystroke());

    [Benchmark(Baseline = true, Description = "200 layouts, edit in a file without one: do-nothing generator, same lookup")]
    public GeneratorDriver UnrelatedEdit200Baseline() => _baselineWarm = _baselineWarm.RunGenerators(Keystroke());

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
