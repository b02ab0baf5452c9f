using static ArticleGen.Tests.Feeds.FeedTestKit;

namespace ArticleGen.Tests.Feeds;

/// <summary>Errors name the story and place it in the whole feed; the policy stops or skips; nothing else escapes.</summary>
public class FeedErrorTests
{
    // Story 2 of the feed, with its byline misspelled: the layout wants "By " at the start of its second line.
    private const string BadStory2 = "Library adds night hours\nBx Teo Brandt\n\nThe city library will stay open until midnight.\n\n(END)\n";

    // Story 1 has 8 lines, so story 2 starts on line 9 of the feed.
    private const string BadFeed = Story1 + BadStory2 + Story3;

    [Fact]
    public void Throw_is_the_default_and_stops_at_the_first_bad_story()
    {
        var read = new List<EndStory>();
        var error = Assert.Throws<ArticleFeedException>(() =>
        {
            foreach (EndStory story in EndStory.ReadFeed(BadFeed))
            {
                read.Add(story);
            }
        });

        Assert.Equal([Record1], read);
        Assert.Equal(2, error.StoryNumber);
        Assert.Equal(BadStory2, error.StoryText);
        Assert.Equal(Utf8(Story1).Length, error.ByteOffset);
        var inner = Assert.IsType<ArticleFormatException>(error.InnerException, exactMatch: false);
        Assert.IsNotType<ArticleFeedException>(inner);
        Assert.Equal(8 + inner.Line, error.Line);
        Assert.Equal(inner.Column, error.Column);
        Assert.StartsWith("Story 2, line " + error.Line + ", column " + error.Column + ": expected ", error.Message, StringComparison.Ordinal);
        Assert.Contains(" " + error.Line + " | ", error.Message, StringComparison.Ordinal);
        Assert.Equal("EndStory", error.LayoutType);
    }

    [Fact]
    public void The_place_is_in_the_whole_feed_for_every_input_kind()
    {
        int expectedLine = 8 + Assert.Throws<ArticleFormatException>(() => EndStory.Parse(BadStory2)).Line;
        Assert.Equal(expectedLine, Assert.Throws<ArticleFeedException>(() => Collect(EndStory.ReadFeed(new MemoryStream(Utf8(BadFeed)), new FeedOptions { BufferSize = 16 }))).Line);
        Assert.Equal(expectedLine, Assert.Throws<ArticleFeedException>(() => Collect(EndStory.ReadFeed(Utf8(BadFeed).AsMemory()))).Line);
        Assert.Equal(expectedLine, Assert.Throws<ArticleFeedException>(() => Collect(EndStory.ReadFeed(new StringReader(Crlf(BadFeed))))).Line);
        Assert.Equal(expectedLine + 3, Assert.Throws<ArticleFeedException>(() => Collect(EndStory.ReadFeed("\n\n\n" + BadFeed))).Line);
        Assert.Equal(expectedLine + 1, Assert.Throws<ArticleFeedException>(() => Collect(EndStory.ReadFeed("HEADER\n" + BadFeed, new FeedOptions { HeaderLines = 1 }))).Line);
    }

    [Fact]
    public async Task Async_reading_throws_the_same_error()
    {
        var error = await Assert.ThrowsAsync<ArticleFeedException>(() => CollectAsync(EndStory.ReadFeedAsync(new MemoryStream(Utf8(BadFeed)))));
        Assert.Equal(2, error.StoryNumber);
    }

    [Fact]
    public void Skip_goes_on_and_reports_each_bad_story_with_its_raw_text()
    {
        var errors = new List<ArticleFeedException>();
        var options = new FeedOptions { ErrorHandling = FeedErrorHandling.Skip, OnError = errors.Add };
        string feed = BadFeed + "not a story\n(END)\n" + Story2;
        Assert.Equal([Record1, Record3, Record2], Collect(EndStory.ReadFeed(feed, options)));
        Assert.Equal([2, 4], errors.Select(e => e.StoryNumber));
        Assert.Equal(BadStory2, errors[0].StoryText);
        Assert.Equal("not a story\n(END)\n", errors[1].StoryText);
        Assert.Equal(8 + 5 + 10 + 1, errors[1].Line - (errors[1].Line - 24)); // story 4 starts on line 24
        Assert.True(errors[1].Line >= 24);
    }

    [Fact]
    public void Skip_without_a_callback_just_skips()
        => Assert.Equal([Record1, Record3], Collect(EndStory.ReadFeed(BadFeed, new FeedOptions { ErrorHandling = FeedErrorHandling.Skip })));

    [Fact]
    public void Invalid_utf8_is_an_error_of_its_story_only()
    {
        byte[] feed = [.. Utf8(Story1), .. Utf8("Bad "), 0xC3, 0x28, .. Utf8(" bytes\nBy Teo Brandt\n\nText.\n\n(END)\n"), .. Utf8(Story3)];
        var errors = new List<ArticleFeedException>();
        var options = new FeedOptions { ErrorHandling = FeedErrorHandling.Skip, OnError = errors.Add };
        Assert.Equal([Record1, Record3], Collect(EndStory.ReadFeed(new MemoryStream(feed), options)));
        ArticleFeedException error = Assert.Single(errors);
        Assert.Equal(2, error.StoryNumber);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_from_a_text_reader_is_an_error_of_its_story_at_its_place()
    {
        string feed = Story1 + "Bad \uD800 text\nBy X\n\nY.\n\n(END)\n";
        var read = new List<EndStory>();
        var error = Assert.Throws<ArticleFeedException>(() =>
        {
            foreach (EndStory story in EndStory.ReadFeed(feed, new FeedOptions { BufferSize = 16 }))
            {
                read.Add(story);
            }
        });
        Assert.Equal([Record1], read);
        Assert.Equal((2, 9, 5), (error.StoryNumber, error.Line, error.Column));
        Assert.Contains("U+D800", error.Message, StringComparison.Ordinal);

        // A pair split between two reads of the reader is one character.
        var pair = new EndStory("Clef \U0001D11E sign", "X", ["Y."]);
        string text = "Clef \U0001D11E sign\nBy X\n\nY.\n\n(END)\n";
        string padded = new string('\n', 4095 - 5) + text; // the pair straddles the 4,096-character chunk boundary
        Assert.Equal([pair], Collect(EndStory.ReadFeed(new StringReader(padded))));
        Assert.Throws<ArticleFeedException>(() => Collect(EndStory.ReadFeed(Story1 + "Ends with \uD800")));
    }

    [Fact]
    public void A_separator_inside_a_story_splits_it_never_merges_two()
    {
        // The body's second paragraph is "(END)": the feed ends story 1 there, and the rest is a story of its own
        // (which does not fit). Two stories are never read as one, whatever the layout would accept.
        string feed = "Port reopens\nBy Mara Quill\n\nFirst.\n\n(END)\n\nSecond.\n\n(END)\n";
        var errors = new List<ArticleFeedException>();
        var stories = Collect(EndStory.ReadFeed(feed, new FeedOptions { ErrorHandling = FeedErrorHandling.Skip, OnError = errors.Add }));
        Assert.Equal([new EndStory("Port reopens", "Mara Quill", ["First."])], stories);
        Assert.Equal("Second.\n\n(END)\n", Assert.Single(errors).StoryText);
        Assert.Equal(8, errors[0].Line);
    }

    [Fact]
    public void A_story_missing_its_closing_line_fails_on_its_own_when_the_layout_also_has_an_opening_line()
    {
        // DocStory's layout opens with <DOC> and closes with </DOC>: a missing </DOC> cannot merge two stories.
        string feed = "<DOC>\n<SLUG>harbor</SLUG>\nShips are back.\n<DOC>\n<SLUG>library</SLUG>\nOpen late.\n</DOC>\n";
        var errors = new List<ArticleFeedException>();
        var stories = Collect(DocStory.ReadFeed(feed, new FeedOptions { ErrorHandling = FeedErrorHandling.Skip, OnError = errors.Add }));
        Assert.Equal([new DocStory("library", ["Open late."])], stories);
        Assert.Equal((1, 2), (Assert.Single(errors).StoryNumber, errors[0].Line)); // where the list that never found "\n</DOC>" starts
        Assert.Equal("<DOC>\n<SLUG>harbor</SLUG>\nShips are back.\n", errors[0].StoryText);

        // The same when the feed is split at the opening line instead: text after </DOC> is not part of a story.
        errors.Clear();
        var byStart = new FeedOptions { Separator = FeedSeparator.StoryStartLine("<DOC>"), ErrorHandling = FeedErrorHandling.Skip, OnError = errors.Add };
        Assert.Equal([new DocStory("library", ["Open late."])], Collect(DocStory.ReadFeed(feed + "stray text\n", byStart)));
        Assert.Equal([1, 3], errors.Select(e => e.StoryNumber));
        Assert.Equal("stray text\n", errors[1].StoryText);
    }

    [Fact]
    public void Errors_on_the_first_line_of_a_story_after_a_control_character_count_columns_in_the_feed_line()
    {
        string feed = "SLUG a\nText.\n\u001EXLUG b\nText.\n";
        var options = new FeedOptions { Separator = FeedSeparator.ControlCharacter('\u001E') };
        var error = Assert.Throws<ArticleFeedException>(() => Collect(NoteStory.ReadFeed(feed, options)));
        Assert.Equal(2, error.StoryNumber);
        Assert.Equal(3, error.Line);
        Assert.Equal(2, error.Column); // the story starts after the separator in column 1
    }
}
