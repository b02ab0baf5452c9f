using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using CsCheck;
using ArticleGen.Tests.Constructs;
using static ArticleGen.Tests.Feeds.FeedTestKit;

namespace ArticleGen.Tests.Feeds;

/// <summary>Writing a feed gives the canonical feed text; reading it back gives the same stories; bad stories are refused.</summary>
public class FeedWritingTests
{
    [Fact]
    public void Written_feed_is_the_canonical_text_byte_for_byte()
    {
        var stream = new MemoryStream();
        EndStory.WriteFeed(stream, Records);
        Assert.Equal(Feed, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Buffer_writer_gets_the_same_bytes()
    {
        var writer = new ArrayBufferWriter<byte>();
        EndStory.WriteFeed(writer, Records);
        Assert.Equal(Feed, Encoding.UTF8.GetString(writer.WrittenSpan));
    }

    [Fact]
    public async Task Pipe_writer_gets_the_same_bytes()
    {
        var pipe = new Pipe();
        Task reading = Task.Run(async () =>
        {
            var bytes = new MemoryStream();
            await pipe.Reader.CopyToAsync(bytes);
            return Encoding.UTF8.GetString(bytes.ToArray());
        });
        await EndStory.WriteFeedAsync(pipe.Writer, ToAsync(Records));
        await pipe.Writer.CompleteAsync();
        Assert.Equal(Feed, await (Task<string>)reading);
    }

    [Fact]
    public async Task Read_then_write_round_trips_a_canonical_feed_asynchronously()
    {
        var output = new MemoryStream();
        await EndStory.WriteFeedAsync(output, EndStory.ReadFeedAsync(new MemoryStream(Utf8(Feed))));
        Assert.Equal(Feed, Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Header_and_every_separator_kind_round_trip()
    {
        NoteStory[] notes = [new("harbor", "Ships are back."), new("library", "Open late.\nTill midnight."), new("rail", "New cars.")];
        (FeedSeparator Separator, string Expected)[] cases =
        [
            (FeedSeparator.Line("----"), "#feed\nSLUG harbor\nShips are back.\n----\nSLUG library\nOpen late.\nTill midnight.\n----\nSLUG rail\nNew cars.\n----\n"),
            (FeedSeparator.BlankLines(2), "#feed\nSLUG harbor\nShips are back.\n\n\nSLUG library\nOpen late.\nTill midnight.\n\n\nSLUG rail\nNew cars.\n"),
            (FeedSeparator.ControlCharacter('\u001E'), "#feed\nSLUG harbor\nShips are back.\n\u001ESLUG library\nOpen late.\nTill midnight.\n\u001ESLUG rail\nNew cars.\n\u001E"),
        ];
        foreach ((FeedSeparator separator, string expected) in cases)
        {
            var options = new FeedOptions { Separator = separator, Header = "#feed\n" };
            string written = NoteStory.ArticleFeed.WriteToString(notes, options);
            Assert.Equal(expected, written);
            Assert.Equal(notes, Collect(NoteStory.ReadFeed(written, options)));
        }
    }

    [Fact]
    public void Crlf_layouts_write_crlf_between_stories_too_so_a_crlf_feed_round_trips_byte_for_byte()
    {
        CrlfBulletin[] bulletins = [new("harbor", "Ships are back.\nAt noon."), new("rail", "New cars.")];
        const string EndLines = "harbor\r\nShips are back.\r\nAt noon.\r\n(END)\r\nrail\r\nNew cars.\r\n(END)\r\n";
        Assert.Equal(EndLines, CrlfBulletin.ArticleFeed.WriteToString(bulletins));
        Assert.Equal(bulletins, Collect(CrlfBulletin.ReadFeed(new MemoryStream(Utf8(EndLines)))));

        CrlfFeedItem[] items = [new("harbor", "Ships are back", ["At noon.", "Ferries too."]), new("rail", "New cars", ["In May."])];
        (FeedSeparator Separator, string Expected)[] cases =
        [
            (FeedSeparator.Line("----"), "harbor\r\nShips are back\r\n\r\nAt noon.\r\n\r\nFerries too.\r\n----\r\nrail\r\nNew cars\r\n\r\nIn May.\r\n----\r\n"),
            (FeedSeparator.BlankLines(2), "harbor\r\nShips are back\r\n\r\nAt noon.\r\n\r\nFerries too.\r\n\r\n\r\nrail\r\nNew cars\r\n\r\nIn May.\r\n"),
            (FeedSeparator.ControlCharacter('\u0003'), "harbor\r\nShips are back\r\n\r\nAt noon.\r\n\r\nFerries too.\r\n\u0003rail\r\nNew cars\r\n\r\nIn May.\r\n\u0003"),
        ];
        foreach ((FeedSeparator separator, string expected) in cases)
        {
            var options = new FeedOptions { Separator = separator };
            string written = CrlfFeedItem.ArticleFeed.WriteToString(items, options);
            Assert.Equal(expected, written);
            Assert.Equal(items, Collect(CrlfFeedItem.ReadFeed(new MemoryStream(Utf8(written)), options)));
            var again = new MemoryStream();
            CrlfFeedItem.WriteFeed(again, CrlfFeedItem.ReadFeed(new MemoryStream(Utf8(written)), options), options);
            Assert.Equal(expected, Encoding.UTF8.GetString(again.ToArray()));
        }
    }

    [Fact]
    public void A_feed_writes_only_lf_or_crlf_line_breaks()
    {
        var error = Assert.Throws<ArgumentException>(() => new ArticleFeed<CrlfBulletin>("CrlfBulletin", CrlfBulletin.Parse, (b, w) => b.WriteTo(w), "(END)", newLine: "\r"));
        Assert.Equal("newLine", error.ParamName);
        Assert.Equal("\r\n", CrlfBulletin.ArticleFeed.NewLine);
        Assert.Equal("\n", EndStory.ArticleFeed.NewLine);
    }

    [Fact]
    public void Start_line_feeds_round_trip()
    {
        DocStory[] docs = [new("harbor", ["Ships are back."]), new("library", ["Open late.", "Till midnight."])];
        const string Expected = "<DOC>\n<SLUG>harbor</SLUG>\nShips are back.\n</DOC>\n<DOC>\n<SLUG>library</SLUG>\nOpen late.\nTill midnight.\n</DOC>\n";
        var byStart = new FeedOptions { Separator = FeedSeparator.StoryStartLine("<DOC>") };
        Assert.Equal(Expected, DocStory.ArticleFeed.WriteToString(docs));
        Assert.Equal(Expected, DocStory.ArticleFeed.WriteToString(docs, byStart));
        Assert.Equal(docs, Collect(DocStory.ReadFeed(Expected, byStart)));
    }

    [Fact]
    public void A_story_whose_text_holds_the_separator_is_refused()
    {
        var holdsEnd = new EndStory("Port", "Mara Quill", ["First.", "(END)", "Second."]);
        var error = Assert.Throws<ArgumentException>(() => EndStory.WriteFeed(new MemoryStream(), [Record1, holdsEnd]));
        Assert.Contains("Story 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("(END)", error.Message, StringComparison.Ordinal);

        var holdsOpen = new DocStory("harbor", ["<DOC>"]);
        Assert.Throws<ArgumentException>(() => DocStory.WriteFeed(new MemoryStream(), [holdsOpen]));

        var holdsLine = new NoteStory("a", "x\n----\ny");
        Assert.Throws<ArgumentException>(() => NoteStory.WriteFeed(new MemoryStream(), [holdsLine], new FeedOptions { Separator = FeedSeparator.Line("----") }));
        Assert.Throws<ArgumentException>(() => NoteStory.WriteFeed(new MemoryStream(), [new NoteStory("a", "x\u001Ey")], new FeedOptions { Separator = FeedSeparator.ControlCharacter('\u001E') }));
        Assert.Throws<ArgumentException>(() => NoteStory.WriteFeed(new MemoryStream(), [new NoteStory("a", "x\n\n\ny")], new FeedOptions { Separator = FeedSeparator.BlankLines(2) }));
        Assert.Throws<ArgumentException>(() => EndStory.WriteFeed(new MemoryStream(), [Record1, null!]));
    }

    [Fact]
    public void Declaring_an_end_line_the_stories_do_not_end_with_is_refused_on_writing()
        => Assert.Throws<ArgumentException>(() => NoteStory.WriteFeed(new MemoryStream(), [new NoteStory("a", "b")], new FeedOptions { Separator = FeedSeparator.StoryEndLine("(END)") }));

    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyzé€ ,.'-"], 1, 12].Where(w => w.Trim().Length > 0 && w == w.Trim());

    private static readonly Gen<string> Sentence = Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz ,.ÄÖ(E)ND"], 1, 40].Select(s => "P" + s.TrimEnd() + ".");

    private static readonly Gen<EndStory> Story =
        Gen.Select(Word, Word, Sentence.Array[1, 5], (headline, byline, body) => new EndStory(headline, byline, body));

    [Fact]
    public void Property_write_then_read_gives_the_stories_back_and_read_then_write_the_feed()
    {
        Story.Array[0, 8].Sample(stories =>
        {
            string written = EndStory.ArticleFeed.WriteToString(stories);
            byte[] bytes = Utf8(written);
            var readBack = Collect(EndStory.ReadFeed(new TrickleStream(bytes, 7), new FeedOptions { BufferSize = 32 }));
            Assert.Equal(stories, readBack);
            Assert.Equal(written, EndStory.ArticleFeed.WriteToString(Collect(EndStory.ReadFeed(Crlf(written)))));
        }, iter: 500);
    }

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> items)
    {
        foreach (T item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }
}

/// <summary>Yonhap exports (three blank lines before a photo caption) in a feed of four-blank-line runs, and a CRLF agency feed with ETX.</summary>
public class FeedWireFormatTests
{
    [Fact]
    public void Yonhap_stories_four_blank_lines_apart_round_trip()
    {
        var options = new FeedOptions { Separator = FeedSeparator.BlankLines(4) };
        YonhapStory withPhoto = YonhapStory.Parse(Stories.YonhapWithPhoto);
        YonhapStory plain = YonhapStory.Parse(Stories.YonhapPlain);
        string canonical = withPhoto.Format() + "\n\n\n\n" + plain.Format();

        string written = YonhapStory.ArticleFeed.WriteToString([withPhoto, plain], options);
        Assert.Equal(canonical, written);
        Assert.Equal([withPhoto, plain], FeedTestKit.Collect(YonhapStory.ReadFeed(canonical, options)));
        Assert.Equal([withPhoto, plain, withPhoto], FeedTestKit.Collect(YonhapStory.ReadFeed(canonical + "\n\n\n\n\n\n" + withPhoto.Format() + "\n\n", options)));
    }

    [Fact]
    public void Crlf_agency_feed_with_etx_reads_each_story()
    {
        FeedStory story = FeedStory.Parse(Stories.Feed);
        string crlf = Stories.Feed.Contains("\r\n", StringComparison.Ordinal) ? Stories.Feed : FeedTestKit.Crlf(Stories.Feed);
        string feed = crlf + "\u0003\r\n" + crlf + "\u0003\r\n";
        var options = new FeedOptions { Separator = FeedSeparator.ControlCharacter('\u0003') };
        Assert.Equal([story, story], FeedTestKit.Collect(FeedStory.ReadFeed(new MemoryStream(FeedTestKit.Utf8(feed)), new FeedOptions { Separator = options.Separator, BufferSize = 32 })));
    }
}
