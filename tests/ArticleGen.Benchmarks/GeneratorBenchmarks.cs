using System.Reflection;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Benchmarks;

/// <summary>
/// What the generator costs in a build and in the IDE: one run over a compilation with 100 layouts from
/// scratch (a build), and the incremental run after one of them is edited (a keystroke).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warm = null!;

    [GlobalSetup]
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
