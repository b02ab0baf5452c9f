using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ArticleGen.Generator.Tests;

/// <summary>
/// The parse cache gives back a record's previous reading when nothing it depends on changed (issue 12: a
/// keystroke anywhere re-ran every record's transform). These edits change what a record depends on from
/// another file, so its reading must change with them.
/// </summary>
public class ParseCacheTests
{
    private const string Usings = "using System;\nusing System.Collections.Generic;\nusing ArticleGen;\n\n";

    private static CSharpCompilation Replace(CSharpCompilation compilation, string path, string source)
    {
        SyntaxTree old = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, path: path));
    }

    private static CSharpCompilation Compilation(string story, string place)
        => GeneratorHarness.CreateCompilation(
            CSharpSyntaxTree.ParseText(Usings + story, GeneratorHarness.ParseOptions, path: "Story.cs"),
            CSharpSyntaxTree.ParseText(Usings + place, GeneratorHarness.ParseOptions, path: "Place.cs"));

    private const string Story = """
        [ArticleLayout("{Headline}\n{Place}")]
        public partial record Story(string Headline, Place Place);
        """;

    [Fact]
    public void A_nested_layout_broken_in_another_file_is_seen_by_the_record_that_nests_it()
    {
        CSharpCompilation before = Compilation(Story, "[ArticleLayout(\"{City}\")]\npublic partial record Place(string City);\n");
        GeneratorRun first = GeneratorHarness.Run(before);
        Assert.Empty(first.Artg);
        Assert.Equal(2, first.Sources.Count);

        GeneratorRun second = GeneratorHarness.Run(first.Driver, Replace(before, "Place.cs", Usings + "[ArticleLayout(\"{City} {Nowhere}\")]\npublic partial record Place(string City);\n"));
        Assert.Contains(second.Artg, d => d.Id == "ARTG031");
        Assert.Empty(second.Sources);
    }

    [Fact]
    public void A_member_type_changed_in_another_file_is_read_again()
    {
        CSharpCompilation before = Compilation(
            "[ArticleLayout(\"{Title} #{Code}\")]\npublic partial record Story(string Title, Code Code);\n",
            "[ArticleLayout(\"{Value}\")]\npublic partial record Code(string Value);\n");
        GeneratorRun first = GeneratorHarness.Run(before);
        Assert.Empty(first.Artg);

        // Code is no longer a layout nor parsable: the record that captures it must say so.
        GeneratorRun second = GeneratorHarness.Run(first.Driver, Replace(before, "Place.cs", Usings + "public sealed class Code { }\n"));
        Assert.Contains(second.Artg, d => d.Id == "ARTG016");
    }

    [Fact]
    public void A_partial_part_added_in_another_file_is_read()
    {
        CSharpCompilation before = Compilation(
            "[ArticleLayout(\"By {Author}\")]\npublic partial record Byline(string Author);\n",
            "public static class Unrelated { }\n");
        GeneratorRun first = GeneratorHarness.Run(before);
        Assert.Empty(first.Artg);

        GeneratorRun second = GeneratorHarness.Run(first.Driver, Replace(before, "Place.cs", Usings + "public partial record Byline { public string? Desk { get; init; } }\n"));
        Assert.Contains(second.Artg, d => d.Id == "ARTG032");
    }

    [Fact]
    public void An_edit_elsewhere_gives_back_the_previous_reading_without_reading_again()
    {
        CSharpCompilation before = Compilation(Story, "[ArticleLayout(\"{City}\")]\npublic partial record Place(string City);\n")
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("public static class Helper { public static int Twice(int x) => x * 2; }", GeneratorHarness.ParseOptions, path: "Helper.cs"));
        GeneratorRun first = GeneratorHarness.Run(before);
        int readings = Parser.ReadingsOnThisThread;
        GeneratorRun second = GeneratorHarness.Run(first.Driver, Replace(before, "Helper.cs", "public static class Helper { public static int Twice(int x) => x * 3; }"));
        Assert.Equal(readings, Parser.ReadingsOnThisThread);

        var outputs = second.Single.TrackedSteps[ArticleLayoutGenerator.Steps.Parse].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(2, outputs.Count);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.Equal(first.AllSources, second.AllSources);

    }
}
