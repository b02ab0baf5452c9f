using CsCheck;
using static ArticleGen.Tests.Feeds.FeedTestKit;

namespace ArticleGen.Tests.Feeds;

/// <summary>
/// Random feeds built from pieces that matter (separator lines, blank lines, CR, LF, a BOM, invalid UTF-8, good
/// stories): reading throws nothing but <see cref="ArticleFeedException"/>, skipping throws nothing, and every story
/// read holds exactly one separator line, its last: two stories are never read as one.
/// </summary>
public class FeedHostileTests
{
    private static readonly byte[][] Pieces =
    [
        Utf8("(END)\n"), Utf8("(END)\r\n"), Utf8("(END)"), Utf8("\n"), Utf8("\r\n"), Utf8("\r"), Utf8(" (END)\n"),
        Utf8("By Mara Quill\n"), Utf8("Headline\n"), Utf8("Text.\n"), [0xEF, 0xBB, 0xBF], [0xC3], [0xFF, 0xFE], [0x1E],
        Utf8(Story1), Utf8(Story2), Utf8("é€\n"),
    ];

    private static readonly Gen<byte[]> HostileFeed = Gen.Int[0, Pieces.Length - 1].Array[0, 40]
        .Select(indexes => indexes.SelectMany(i => Pieces[i]).ToArray());

    [Fact]
    public void Reading_throws_only_ArticleFeedException_and_skipping_throws_nothing()
    {
        HostileFeed.Sample(feed =>
        {
            try
            {
                foreach (EndStory story in EndStory.ReadFeed(new TrickleStream(feed, 5), new FeedOptions { BufferSize = 16 }))
                {
                    Assert.True(IsOneStory(story), "feed " + Convert.ToHexString(feed));
                }
            }
            catch (ArticleFeedException)
            {
            }

            int errors = 0;
            var options = new FeedOptions { BufferSize = 16, ErrorHandling = FeedErrorHandling.Skip, OnError = e => errors++ };
            var stories = Collect(EndStory.ReadFeed(new TrickleStream(feed, 3), options));
            foreach (EndStory story in stories)
            {
                Assert.True(IsOneStory(story), "feed " + Convert.ToHexString(feed));
            }

            // The same stories and errors from memory, whatever the buffer.
            int memoryErrors = 0;
            var fromMemory = Collect(EndStory.ReadFeed(feed.AsMemory(), new FeedOptions { ErrorHandling = FeedErrorHandling.Skip, OnError = e => memoryErrors++ }));
            Assert.Equal(stories, fromMemory);
            Assert.Equal(errors, memoryErrors);
            Assert.True(ReferenceChunkCount(feed) == stories.Count + errors, ReferenceChunkCount(feed) + " vs " + stories.Count + "+" + errors + " feed: " + System.Text.Json.JsonSerializer.Serialize(System.Text.Encoding.Latin1.GetString(feed)));
        }, iter: 3000);
    }

    [Fact]
    public void Every_separator_kind_survives_hostile_feeds()
    {
        FeedSeparator[] separators = [FeedSeparator.Line("(END)"), FeedSeparator.BlankLines(1), FeedSeparator.BlankLines(3), FeedSeparator.ControlCharacter('\u001E'), FeedSeparator.StoryStartLine("Headline")];
        HostileFeed.Sample(feed =>
        {
            foreach (FeedSeparator separator in separators)
            {
                var options = new FeedOptions { Separator = separator, BufferSize = 16, ErrorHandling = FeedErrorHandling.Skip, Header = feed.Length % 2 == 0 ? null : "H" };
                try
                {
                    Collect(NoteStory.ReadFeed(new TrickleStream(feed, 4), options));
                }
                catch (ArticleFeedException e) when (e.StoryNumber == 0)
                {
                    // The declared header is missing: the only error that stops a skipping reader (besides MaxStoryLength).
                }
            }
        }, iter: 1000);
    }

    /// <summary>No value of a story read holds a separator line: it would be a second story merged into the first.</summary>
    private static bool IsOneStory(EndStory story)
        => !story.Body.Append(story.Headline).Append(story.Byline).Any(value => value.Split('\n').Contains("(END)"));

    /// <summary>An independent count of the non-blank pieces of a feed cut after every "(END)" line (the test's own oracle).</summary>
    private static int ReferenceChunkCount(byte[] feed)
    {
        var text = new List<byte>(feed);
        if (text.Count >= 3 && text[0] == 0xEF && text[1] == 0xBB && text[2] == 0xBF)
        {
            text.RemoveRange(0, 3);
        }

        int chunks = 0;
        bool content = false;
        int lineStart = 0;
        for (int i = 0; i <= text.Count; i++)
        {
            if (i < text.Count && text[i] != (byte)'\n')
            {
                continue;
            }

            var line = text.GetRange(lineStart, i - lineStart);
            if (line.Count > 0 && line[^1] == (byte)'\r')
            {
                line.RemoveAt(line.Count - 1);
            }

            while (line.Count >= 3 && line[0] == 0xEF && line[1] == 0xBB && line[2] == 0xBF)
            {
                line.RemoveRange(0, 3); // a parser skips a leading BOM: "\uFEFF(END)" is a separator line too
            }

            // Padding between stories is blank lines and byte order marks.
            var rest = line.ToList();
            while (rest.Count >= 3 && rest[0] == 0xEF && rest[1] == 0xBB && rest[2] == 0xBF)
            {
                rest.RemoveRange(0, 3);
            }

            content |= rest.Count > 0;

            if (line.SequenceEqual(Utf8("(END)")))
            {
                chunks++;
                content = false;
            }

            lineStart = i + 1;
        }

        return chunks + (content ? 1 : 0);
    }
}
