using ArticleGen.Tests.Constructs;

namespace ArticleGen.Tests;

/// <summary>Lists in language v2: empty lists leave out their lines, and a last line after a list can be its own member.</summary>
public class ListShapeTests
{
    [Fact]
    public void An_empty_author_block_is_absent_together_with_its_line_break()
    {
        const string text = "title: Rice prices fall\nauthor: \npublished_at: 2025-12-29\n";

        CrawledPage page = CrawledPage.Parse(text);

        Assert.Empty(page.Authors);
        Assert.Equal("2025-12-29", page.Published);
        Assert.Equal(text, page.Format());
    }

    [Fact]
    public void Authors_are_lines_after_the_author_line()
    {
        const string text = "title: Rice prices fall\nauthor: \nKim Soo-jin\nLee Min\npublished_at: 2025-12-29\n";

        CrawledPage page = CrawledPage.Parse(text);

        Assert.Equal(["Kim Soo-jin", "Lee Min"], page.Authors);
        Assert.Equal(text, page.Format());
        Assert.Equal("title: T\nauthor: \npublished_at: P\n", new CrawledPage("T", [], "P").Format());
    }

    [Fact]
    public void An_author_block_that_never_ends_is_reported_where_the_list_starts()
    {
        var error = Assert.Throws<ArticleFormatException>(() => CrawledPage.Parse("title: T\nauthor: \nKim\nLee\nLast line\n"));

        Assert.Equal((2, 9), (error.Line, error.Column));
        Assert.Contains("\"\\npublished_at: \"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sign_off_line_before_END_is_not_a_body_line()
    {
        const string text = "Harbor reopens\n   The port reopened on Monday\nafter a week.\n   Ships queued outside.\n   kim@example.com\n(END)\n";

        SignedStory story = SignedStory.Parse(text);

        Assert.Equal(["The port reopened on Monday\nafter a week.", "Ships queued outside."], story.Body);
        Assert.Equal("kim@example.com", story.Email);
        Assert.Equal(text, story.Format());
    }

    [Fact]
    public void A_story_whose_only_indented_line_is_the_sign_off_has_an_empty_body()
    {
        const string text = "Harbor reopens\n   kim@example.com\n(END)\n";

        SignedStory story = SignedStory.Parse(text);

        Assert.Empty(story.Body);
        Assert.Equal("kim@example.com", story.Email);
        Assert.Equal(text, story.Format());
        Assert.False(SignedStory.TryParse("Harbor reopens\n(END)\n", out _));
    }

    [Fact]
    public void A_sign_off_that_holds_the_line_prefix_is_refused_by_format()
    {
        // Written out, "a\n   b" would read as one more body line and a sign-off "b".
        Assert.Throws<ArgumentException>(() => new SignedStory("H", ["Body."], "a\n   b").Format());
    }

    [Fact]
    public void A_prefix_list_after_a_blank_line_has_paragraph_items_each_starting_with_the_prefix()
    {
        const string text = "NOTES 2\n\n- Fixes a name.\n\n- Corrects a date\nin para 3.\n-- by Lee\n";

        EditorNotes notes = EditorNotes.Parse(text);

        Assert.Equal(["Fixes a name.", "Corrects a date\nin para 3."], notes.Items);
        Assert.Equal(text, notes.Format());
        Assert.Equal("NOTES 0\n-- by Lee\n", new EditorNotes("0", [], "Lee").Format());
        Assert.Empty(EditorNotes.Parse("NOTES 0\n-- by Lee\n").Items);
    }

    [Fact]
    public void Items_within_one_line_are_split_at_their_separator()
    {
        const string text = "<PLACES>usa, uruguay, south korea</PLACES>\nScores: 3, -1, 12 (final)\n\nThe text.\n";

        TaggedItem item = TaggedItem.Parse(text);

        Assert.Equal(["usa", "uruguay", "south korea"], item.Places);
        Assert.Equal([3, -1, 12], item.Scores);
        Assert.Equal(text, item.Format());
    }

    [Fact]
    public void An_inline_list_with_nothing_between_its_literals_is_empty()
    {
        const string text = "<PLACES></PLACES>\nScores:  (final)\n\nThe text.\n";

        TaggedItem item = TaggedItem.Parse(text);

        Assert.Empty(item.Places);
        Assert.Empty(item.Scores);
        Assert.Equal(text, item.Format());
    }

    [Fact]
    public void An_inline_list_stays_on_its_line_and_refuses_items_holding_its_separator()
    {
        Assert.False(TaggedItem.TryParse("<PLACES>usa,\nuruguay</PLACES>\nScores: 1 (final)\n\nT\n", out _));
        Assert.Throws<ArgumentException>(() => new TaggedItem(["a, b"], [1], "T").Format());
        Assert.Throws<ArgumentException>(() => new TaggedItem([""], [1], "T").Format());
        Assert.Throws<ArgumentException>(() => new TaggedItem(["a\nb"], [1], "T").Format());
    }

    [Fact]
    public void A_repeated_part_reads_one_item_per_repetition()
    {
        const string text = "<TOPICS><D>grain</D><D>rice</D></TOPICS>\n<PLACES><D>usa</D><D>uruguay</D></PLACES>\n\nThe text.\n";

        SgmlTags tags = SgmlTags.Parse(text);

        Assert.Equal(["grain", "rice"], tags.Topics);
        Assert.Equal(["usa", "uruguay"], tags.Places);
        Assert.Equal(text, tags.Format());
    }

    [Fact]
    public void A_repeated_part_may_be_absent()
    {
        const string text = "<TOPICS></TOPICS>\n<PLACES><D>usa</D></PLACES>\n\nThe text.\n";

        SgmlTags tags = SgmlTags.Parse(text);

        Assert.Empty(tags.Topics);
        Assert.Equal(["usa"], tags.Places);
        Assert.Equal(text, tags.Format());
        Assert.Throws<ArgumentException>(() => new SgmlTags(["a</D>b"], [], "T").Format());
        Assert.Equal([""], SgmlTags.Parse("<TOPICS><D></D></TOPICS>\n<PLACES></PLACES>\n\nT\n").Topics);
    }
}
