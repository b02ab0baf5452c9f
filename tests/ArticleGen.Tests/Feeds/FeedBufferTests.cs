using static ArticleGen.Tests.Feeds.FeedTestKit;

namespace ArticleGen.Tests.Feeds;

/// <summary>Stories split across reads at every byte, buffers smaller than a story, and the limit on story length.</summary>
public class FeedBufferTests
{
    [Fact]
    public void A_story_split_across_reads_at_every_byte_offset_reads_the_same()
    {
        byte[] feed = Utf8(Crlf(Feed) + "\n" + Feed);
        EndStory[] expected = [.. Records, .. Records];
        for (int first = 1; first < feed.Length; first++)
        {
            var options = new FeedOptions { BufferSize = 16 };
            Assert.Equal(expected, Collect(EndStory.ReadFeed(new TrickleStream(feed, chunk: 5, first: first), options)));
        }
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(64)]
    public void Every_buffer_size_and_read_size_reads_the_same(int bufferSize)
    {
        byte[] feed = Utf8(Feed);
        for (int chunk = 1; chunk <= 40; chunk++)
        {
            Assert.Equal(Records, Collect(EndStory.ReadFeed(new TrickleStream(feed, chunk), new FeedOptions { BufferSize = bufferSize })));
        }
    }

    [Fact]
    public async Task Async_reads_split_at_every_offset_read_the_same()
    {
        byte[] feed = Utf8(Feed);
        for (int first = 1; first < feed.Length; first += 3)
        {
            Assert.Equal(Records, await CollectAsync(EndStory.ReadFeedAsync(new TrickleStream(feed, 7, first), new FeedOptions { BufferSize = 16 })));
        }
    }

    [Fact]
    public void Multi_byte_characters_split_across_reads_stay_whole()
    {
        var story = new EndStory("Café “reopens” ☕", "Zoë Ørsted", ["Prices in €, ¥ and 𝄞 symbols."]);
        string text = "Café “reopens” ☕\nBy Zoë Ørsted\n\nPrices in €, ¥ and 𝄞 symbols.\n\n(END)\n";
        byte[] feed = Utf8(text + text);
        for (int first = 1; first < feed.Length; first++)
        {
            Assert.Equal([story, story], Collect(EndStory.ReadFeed(new TrickleStream(feed, 3, first), new FeedOptions { BufferSize = 16 })));
        }

        // A TextReader hands over chars in its own pieces; surrogate pairs are encoded whole.
        Assert.Equal([story, story], Collect(EndStory.ReadFeed(new StringReader(text + text), new FeedOptions { BufferSize = 16 })));
    }

    [Fact]
    public void A_story_longer_than_the_buffer_grows_it()
    {
        string body = string.Join("\n\n", Enumerable.Range(1, 200).Select(i => "Paragraph " + i + " of a long story about the harbor."));
        string story = "Long story\nBy Mara Quill\n\n" + body + "\n\n(END)\n";
        EndStory[] read = Collect(EndStory.ReadFeed(new MemoryStream(Utf8(Story1 + story + Story2)), new FeedOptions { BufferSize = 64 })).ToArray();
        Assert.Equal(3, read.Length);
        Assert.Equal(200, read[1].Body.Count);
        Assert.Equal("Paragraph 200 of a long story about the harbor.", read[1].Body[199]);
        Assert.Equal(Record2, read[2]);
    }

    [Fact]
    public void A_story_longer_than_MaxStoryLength_stops_reading_with_its_number_and_line()
    {
        string longStory = "Long story\nBy Mara Quill\n\n" + new string('x', 5000) + "\n\n(END)\n";
        var options = new FeedOptions { BufferSize = 64, MaxStoryLength = 1000, ErrorHandling = FeedErrorHandling.Skip };
        var read = new List<EndStory>();
        var error = Assert.Throws<ArticleFeedException>(() =>
        {
            foreach (EndStory story in EndStory.ReadFeed(new MemoryStream(Utf8(Story1 + longStory + Story2)), options))
            {
                read.Add(story);
            }
        });
        Assert.Equal([Record1], read);
        Assert.Equal(2, error.StoryNumber);
        Assert.Equal(9, error.Line);
        Assert.Contains("MaxStoryLength", error.Message, StringComparison.Ordinal);

        // In memory, the same limit holds.
        Assert.Throws<ArticleFeedException>(() => Collect(EndStory.ReadFeed(Utf8(Story1 + longStory).AsMemory(), options)));
    }

    [Fact]
    public void A_feed_with_no_separator_at_all_is_bounded_by_MaxStoryLength()
    {
        var options = new FeedOptions { BufferSize = 16, MaxStoryLength = 100 };
        var error = Assert.Throws<ArticleFeedException>(() => Collect(EndStory.ReadFeed(new TrickleStream(new byte[10_000], 64), options)));
        Assert.Equal(1, error.StoryNumber);
    }
}

/// <summary>Lines longer than the buffer, read in small pieces.</summary>
public class FeedLongLineTests
{
    [Fact]
    public void A_story_with_a_line_far_longer_than_the_buffer_reads_whole()
    {
        string paragraph = string.Concat(Enumerable.Repeat("a long line of text, ", 20_000)).TrimEnd() + ".";
        string story = "Long line\nBy Mara Quill\n\n" + paragraph + "\n\n(END)\n";
        var read = FeedTestKit.Collect(EndStory.ReadFeed(new TrickleStream(FeedTestKit.Utf8(FeedTestKit.Story1 + story + FeedTestKit.Story2), 1000), new FeedOptions { BufferSize = 64 }));
        Assert.Equal([FeedTestKit.Record1, new EndStory("Long line", "Mara Quill", [paragraph]), FeedTestKit.Record2], read);
    }
}
