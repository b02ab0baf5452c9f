using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// A layout can nest a layout type compiled into another assembly. The record then calls that type's hidden
/// readers and writers, so it must take the byte path only where the other assembly has the byte reader and
/// writer with the signatures called; otherwise it reads and writes UTF-8 through the char path, and either way
/// the consumer compiles.
/// </summary>
public class CrossAssemblyTests
{
    private const string Library = """
        using ArticleGen;

        namespace Lib
        {
            [ArticleLayout("{City}, {Date} ({Agency})")]
            public partial record Place(string City, string Date, string Agency);
        }
        """;

    private const string Consumer = """
        using ArticleGen;

        namespace App
        {
            [ArticleLayout("{Dateline} -- {Lead}")]
            public partial record Story(Lib.Place Dateline, string Lead);
        }
        """;

    [Theory]
    [InlineData(LanguageVersion.Latest, true)]
    [InlineData(LanguageVersion.CSharp10, false)]
    public void A_nested_layout_from_another_assembly_is_read_as_bytes_only_where_it_has_the_byte_path(LanguageVersion libraryVersion, bool bytePath)
    {
        var libraryOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(libraryVersion);
        var library = GeneratorHarness.CreateCompilation(CSharpSyntaxTree.ParseText(Library, libraryOptions, path: "Library.cs"))
            .WithAssemblyName("Lib");
        var libraryRun = GeneratorHarness.Run(GeneratorHarness.CreateDriver().WithUpdatedParseOptions(libraryOptions), library);
        Assert.Empty(libraryRun.OutputDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        // As a package or project reference gives it: compiled metadata, no syntax.
        using var image = new MemoryStream();
        Assert.True(libraryRun.OutputCompilation.Emit(image).Success);
        MetadataReference libraryReference = MetadataReference.CreateFromImage(image.ToArray());

        var consumer = GeneratorHarness.CreateCompilation(Consumer).AddReferences(libraryReference);
        var run = GeneratorHarness.Run(consumer);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.OutputDiagnostics.All(d => d.Severity != DiagnosticSeverity.Error), GeneratorHarness.Describe(run.OutputDiagnostics));
        string generated = run.Result.GeneratedTrees.Single(t => t.FilePath.EndsWith("App.Story.ArticleLayout.g.cs")).ToString();
        Assert.Equal(bytePath, generated.Contains("global::Lib.Place.__ReadArticleUtf8("));
        Assert.Equal(bytePath, generated.Contains(".__TryWriteArticleUtf8("));
    }
}
