using static ArticleGen.Tests.Feeds.FeedTestKit;

namespace ArticleGen.Tests.Feeds;

/// <summary>Reading a feed allocates what parsing its stories allocates, plus a small constant: no copy of a story, no per-story garbage.</summary>
public class FeedAllocationTests
{
    private static long Allocated(Action action)
    {
        action();
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(4_000)]
    public void Feed_overhead_is_constant_not_per_story(int copies)
    {
        byte[] feed = Utf8(string.Concat(Enumerable.Repeat(Feed, copies)));
        byte[][] stories = [Utf8(Story1), Utf8(Story2), Utf8(Story3)];

        long parsing = Allocated(() =>
        {
            for (int i = 0; i < copies; i++)
            {
                foreach (byte[] story in stories)
                {
                    EndStory.Parse(story);
                }
            }
        });
        long fromMemory = Allocated(() => Assert.Equal(3 * copies, EndStory.ReadFeed(feed.AsMemory()).Count()));
        long fromStream = Allocated(() => Assert.Equal(3 * copies, EndStory.ReadFeed(new MemoryStream(feed)).Count()));

        // A few hundred bytes for the enumerator, the splitter and the stream; the 64 KiB buffer is pooled.
        Assert.InRange(fromMemory - parsing, 0, 1_024);
        Assert.InRange(fromStream - parsing, 0, 2_048);
    }
}
