using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Generator.Tests;

/// <summary>What one generator run produced.</summary>
/// <param name="Driver">The driver after the run, to run again incrementally.</param>
/// <param name="Compilation">The input compilation.</param>
/// <param name="Result">The run result (tracked steps, exceptions, generated sources).</param>
/// <param name="OutputCompilation">The input plus the generated trees.</param>
/// <param name="GeneratorDiagnostics">What the generator reported.</param>
/// <param name="OutputDiagnostics">The output compilation's own diagnostics (compiler errors and warnings).</param>
internal sealed record GeneratorRun(
    GeneratorDriver Driver,
    CSharpCompilation Compilation,
    GeneratorDriverRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> OutputDiagnostics)
{
    public GeneratorRunResult Single => Assert.Single(Result.Results);

    /// <summary>The generated files, hint name to text.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources
        => Result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    /// <summary>All generated text, files in hint-name order, each headed by its hint name.</summary>
    public string AllSources
        => string.Concat(Sources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => "// ==== " + s.HintName + " ====\n" + s.Text));

    public IEnumerable<Diagnostic> Artg => GeneratorDiagnostics.Where(d => d.Id.StartsWith("ARTG", StringComparison.Ordinal));

    /// <summary>Errors and warnings of the compiled result (generator output included), as text for assertion messages.</summary>
    public IReadOnlyList<Diagnostic> OutputProblems
        => OutputDiagnostics.Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning).ToList();
}

/// <summary>
/// Builds a compilation of test source against the .NET 10 reference assemblies and the ArticleGen runtime,
/// and runs <see cref="ArticleLayoutGenerator"/> on it, tracking incremental steps.
/// </summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> References =
        Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(ArticleLayoutAttribute).Assembly.Location))
            .ToImmutableArray();

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CreateCompilation(sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: i == 0 ? "Test.cs" : "Test" + i + ".cs")).ToArray());

    public static CSharpCompilation CreateCompilation(params SyntaxTree[] trees)
        => CSharpCompilation.Create(
            "ArticleGen.TestInput",
            trees,
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    // The test sources are not documented; the generated code disables CS1591 itself.
                    ["CS1591"] = ReportDiagnostic.Suppress,
                    // Binding the runtime (built against .NET 8) to .NET 10: suppressed by the .NET SDK too.
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }));

    public static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            new[] { new ArticleLayoutGenerator().AsSourceGenerator() },
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true),
            parseOptions: ParseOptions);

    public static GeneratorRun Run(params string[] sources) => Run(CreateCompilation(sources));

    public static GeneratorRun Run(CSharpCompilation compilation) => Run(CreateDriver(), compilation);

    /// <summary>Runs <paramref name="driver"/> (fresh or from an earlier run) on <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, CSharpCompilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        GeneratorDriverRunResult result = driver.GetRunResult();
        return new GeneratorRun(driver, compilation, result, output, diagnostics, output.GetDiagnostics());
    }

    /// <summary>
    /// The compilation tree a diagnostic points into: its SourceTree, or, for a location made from a file path
    /// (Location.Create(path, span, lineSpan)), the tree with that path. Null when it points elsewhere.
    /// </summary>
    public static SyntaxTree? TreeOf(Diagnostic diagnostic, Compilation compilation)
    {
        Location location = diagnostic.Location;
        if (location.IsInSource)
        {
            return compilation.SyntaxTrees.Contains(location.SourceTree) ? location.SourceTree : null;
        }

        string? path = location.Kind == LocationKind.ExternalFile ? location.GetLineSpan().Path : null;
        return path is null ? null : compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == path);
    }

    /// <summary>A readable list of diagnostics for assertion messages.</summary>
    public static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
