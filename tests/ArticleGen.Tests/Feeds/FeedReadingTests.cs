using System.IO.Pipelines;
using System.Text;
using static ArticleGen.Tests.Feeds.FeedTestKit;

namespace ArticleGen.Tests.Feeds;

/// <summary>Every input kind gives the same stories; boundaries, headers, CRLF and BOMs are handled the same way by each.</summary>
public class FeedReadingTests
{
    [Fact]
    public void The_layout_s_last_literal_line_is_the_default_separator()
    {
        Assert.Equal(FeedSeparatorKind.StoryEndLine, EndStory.ArticleFeed.LayoutSeparator!.Kind);
        Assert.Equal("(END)", EndStory.ArticleFeed.LayoutSeparator.Text);
        Assert.Equal("</DOC>", DocStory.ArticleFeed.LayoutSeparator!.Text);
        Assert.Null(NoteStory.ArticleFeed.LayoutSeparator);
    }

    [Fact]
    public void A_layout_without_a_last_literal_line_needs_a_separator_and_says_so_at_the_call()
    {
        var error = Assert.Throws<ArgumentException>(() => NoteStory.ReadFeed(new MemoryStream(Utf8("SLUG a\nb\n"))));
        Assert.Contains("FeedOptions.Separator", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream() => Assert.Equal(Records, Collect(EndStory.ReadFeed(new MemoryStream(Utf8(Feed)))));

    [Fact]
    public void Memory() => Assert.Equal(Records, Collect(EndStory.ReadFeed(Utf8(Feed).AsMemory())));

    [Fact]
    public void String_text() => Assert.Equal(Records, Collect(EndStory.ReadFeed(Feed)));

    [Fact]
    public void Text_reader() => Assert.Equal(Records, Collect(EndStory.ReadFeed(new StringReader(Feed))));

    [Fact]
    public void File()
    {
        string path = Path.GetTempFileName();
        try
        {
            System.IO.File.WriteAllText(path, Feed);
            Assert.Equal(Records, Collect(EndStory.ReadFeedFile(path)));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public async Task Stream_async() => Assert.Equal(Records, await CollectAsync(EndStory.ReadFeedAsync(new MemoryStream(Utf8(Feed)))));

    [Fact]
    public async Task Text_reader_async() => Assert.Equal(Records, await CollectAsync(EndStory.ReadFeedAsync(new StringReader(Feed))));

    [Fact]
    public async Task File_async()
    {
        string path = Path.GetTempFileName();
        try
        {
            await System.IO.File.WriteAllTextAsync(path, Feed);
            Assert.Equal(Records, await CollectAsync(EndStory.ReadFeedFileAsync(path)));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Pipe_in_segments(int segment)
        => Assert.Equal(Records, await CollectAsync(EndStory.ReadFeedAsync(Pipe(Utf8(Feed), segment), new FeedOptions { BufferSize = 16 })));

    [Fact]
    public void Empty_and_blank_feeds_hold_no_stories()
    {
        Assert.Empty(EndStory.ReadFeed(""));
        Assert.Empty(EndStory.ReadFeed("\n\n\r\n"));
        Assert.Empty(EndStory.ReadFeed(Array.Empty<byte>().AsMemory()));
    }

    [Fact]
    public void Blank_lines_between_stories_are_padding()
        => Assert.Equal(Records, Collect(EndStory.ReadFeed("\n" + Story1 + "\n\n" + Story2 + "\r\n" + Story3 + "\n\n")));

    [Fact]
    public void Crlf_feed_reads_the_same_stories()
    {
        byte[] crlf = Utf8(Crlf(Feed));
        Assert.Equal(Records, Collect(EndStory.ReadFeed(new MemoryStream(crlf), new FeedOptions { BufferSize = 16 })));
        Assert.Equal(Records, Collect(EndStory.ReadFeed(crlf.AsMemory())));
    }

    [Fact]
    public void A_byte_order_mark_at_the_start_is_skipped()
    {
        byte[] bom = [0xEF, 0xBB, 0xBF, .. Utf8(Feed)];
        Assert.Equal(Records, Collect(EndStory.ReadFeed(new MemoryStream(bom))));
        Assert.Equal(Records, Collect(EndStory.ReadFeed("\uFEFF" + Feed)));
    }

    [Fact]
    public void Declared_header_text_is_checked_and_skipped()
    {
        const string Header = "<!DOCTYPE wirefeed>\n<FEED agency=\"Invented\">\n";
        var options = new FeedOptions { Header = Header };
        Assert.Equal(Records, Collect(EndStory.ReadFeed(Header + Feed, options)));
        Assert.Equal(Records, Collect(EndStory.ReadFeed(Crlf(Header + Feed), options)));
        Assert.Equal(Records, Collect(EndStory.ReadFeed(new TrickleStream(Utf8(Header + Feed), 3), options)));
    }

    [Fact]
    public void A_feed_that_does_not_start_with_its_header_is_an_error_at_the_difference()
    {
        var options = new FeedOptions { Header = "<!DOCTYPE wirefeed>\n" };
        var error = Assert.Throws<ArticleFeedException>(() => Collect(EndStory.ReadFeed("<!DOCTYPE other>\n" + Feed, options)));
        Assert.Equal(1, error.Line);
        Assert.Equal(11, error.Column); // "<!DOCTYPE " is 10 characters; 'o' differs from 'w'
        Assert.Equal(0, error.StoryNumber);
    }

    [Fact]
    public void Header_lines_are_skipped_whatever_they_hold()
    {
        var options = new FeedOptions { HeaderLines = 2 };
        Assert.Equal(Records, Collect(EndStory.ReadFeed("ARCHIVE 2024-03-05 batch=17\nstories: 3\n" + Feed, options)));
    }

    [Fact]
    public void Separator_line_between_stories_belongs_to_neither()
    {
        string feed = "SLUG harbor\nShips are back.\n----\nSLUG library\nOpen late.\n----\n";
        var options = new FeedOptions { Separator = FeedSeparator.Line("----") };
        NoteStory[] expected = [new("harbor", "Ships are back."), new("library", "Open late.")];
        Assert.Equal(expected, Collect(NoteStory.ReadFeed(feed, options)));
        Assert.Equal(expected, Collect(NoteStory.ReadFeed(feed.TrimEnd('\n', '-'), options))); // without the last separator
    }

    [Fact]
    public void Blank_line_runs_separate_stories()
    {
        string feed = "SLUG harbor\nShips are back.\n\n\nSLUG library\nOpen late.\n\n\n\n\nSLUG rail\nNew cars.\n";
        var options = new FeedOptions { Separator = FeedSeparator.BlankLines(2) };
        NoteStory[] expected = [new("harbor", "Ships are back."), new("library", "Open late."), new("rail", "New cars.")];
        Assert.Equal(expected, Collect(NoteStory.ReadFeed(feed, options)));
        Assert.Equal(expected, Collect(NoteStory.ReadFeed(Crlf(feed), options)));
    }

    [Fact]
    public void Control_characters_separate_stories_anywhere_on_a_line()
    {
        string feed = "\u0001SLUG harbor\nShips are back.\n\u001E\nSLUG library\nOpen late.\n\u001E";
        var options = new FeedOptions { Separator = FeedSeparator.ControlCharacter('\u001E') };
        // The SOH before the first story is part of it and fails the layout; the rest reads.
        var errors = new List<ArticleFeedException>();
        var skipping = new FeedOptions { Separator = options.Separator, ErrorHandling = FeedErrorHandling.Skip, OnError = errors.Add };
        Assert.Equal([new NoteStory("library", "Open late.")], Collect(NoteStory.ReadFeed(feed, skipping)));
        Assert.Equal(1, Assert.Single(errors).StoryNumber);
        Assert.Equal([new NoteStory("harbor", "Ships are back."), new NoteStory("library", "Open late.")], Collect(NoteStory.ReadFeed(feed.Substring(1), options)));
    }

    [Fact]
    public void Start_lines_open_stories()
    {
        string feed = "<DOC>\n<SLUG>harbor</SLUG>\nShips are back.\n</DOC>\n<DOC>\n<SLUG>library</SLUG>\nOpen late.\nTill midnight.\n</DOC>\n";
        DocStory[] expected = [new("harbor", ["Ships are back."]), new("library", ["Open late.", "Till midnight."])];
        Assert.Equal(expected, Collect(DocStory.ReadFeed(feed, new FeedOptions { Separator = FeedSeparator.StoryStartLine("<DOC>") })));
        Assert.Equal(expected, Collect(DocStory.ReadFeed(feed)));
    }

    [Fact]
    public void Separator_arguments_are_checked()
    {
        Assert.Throws<ArgumentException>(() => FeedSeparator.Line(""));
        Assert.Throws<ArgumentException>(() => FeedSeparator.StoryEndLine("a\nb"));
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedSeparator.BlankLines(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedSeparator.ControlCharacter('a'));
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedSeparator.ControlCharacter('\n'));
        Assert.Throws<ArgumentNullException>(() => EndStory.ReadFeed((Stream)null!));
    }
}

public class FeedPaddingTests
{
    [Fact]
    public void Blank_lines_before_a_separator_line_and_at_the_end_of_the_feed_are_padding()
    {
        var options = new FeedOptions { Separator = FeedSeparator.Line("----") };
        NoteStory[] expected = [new("harbor", "Ships are back."), new("library", "Open late.")];
        Assert.Equal(expected, FeedTestKit.Collect(NoteStory.ReadFeed("SLUG harbor\nShips are back.\n\n\n----\nSLUG library\nOpen late.\n\r\n\n", options)));
    }

    [Fact]
    public void A_story_ending_with_a_blank_line_is_refused_on_writing()
        => Assert.Throws<ArgumentException>(() => NoteStory.WriteFeed(new MemoryStream(), [new NoteStory("a", "b\n")], new FeedOptions { Separator = FeedSeparator.Line("----") }));
}
