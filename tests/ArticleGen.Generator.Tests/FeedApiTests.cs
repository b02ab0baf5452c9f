namespace ArticleGen.Generator.Tests;

/// <summary>The generated feed API: on document layouts only, with the layout's literal first and last lines, and never clashing with a member.</summary>
public class FeedApiTests
{
    [Fact]
    public void Document_layout_gets_its_literal_first_and_last_lines()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using System.Collections.Generic;
            using ArticleGen;

            [ArticleLayout("<DOC>\n<SLUG>{Slug}</SLUG>\n{Lines...}\n</DOC>")]
            public partial record Doc(string Slug, IReadOnlyList<string> Lines);
            """);

        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
        Assert.Contains("new global::ArticleGen.ArticleFeed<global::Doc>(\"Doc\", Parse, (story, utf8) => story.WriteTo(utf8), \"</DOC>\", \"<DOC>\");", run.AllSources, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layout_ending_in_a_capture_or_a_line_with_a_capture_has_no_end_line()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using ArticleGen;

            [ArticleLayout("SLUG {Slug}\n{Text} (END)")]
            public partial record Note(string Slug, string Text);
            """);

        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
        Assert.Contains("(story, utf8) => story.WriteTo(utf8), null, null);", run.AllSources, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_fragments_get_no_feed_api()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using ArticleGen;

            [ArticleLayout("{City}, {Date} ({Agency})")]
            public partial record Dateline(string City, string Date, string Agency);
            """);

        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
        Assert.DoesNotContain("ReadFeed", run.AllSources, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_named_like_the_feed_api_keeps_its_name_and_the_record_gets_no_feed_api()
    {
        GeneratorRun run = GeneratorHarness.Run("""
            using ArticleGen;

            [ArticleLayout("SLUG {Slug}\n{ReadFeed}\n(END)")]
            public partial record Odd(string Slug, string ReadFeed);
            """);

        Assert.True(run.OutputProblems.Count == 0, GeneratorHarness.Describe(run.OutputProblems));
        Assert.DoesNotContain("ArticleFeed<", run.AllSources, StringComparison.Ordinal);
    }
}
