using System.Buffers;
using System.Text;
using ArticleGen.Tests.Constructs;

namespace ArticleGen.Tests;

/// <summary>
/// The allocation promises, measured with the thread's allocation counter: formatting allocates nothing
/// (pooled buffers are warm after the first call), and parsing allocates the values and little else.
/// </summary>
public class AllocationTests
{
    private static long Allocated(Action action)
    {
        action(); // warm up: JIT, static state, pools
        action();
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void TryFormat_into_chars_allocates_nothing()
    {
        YonhapStory story = YonhapStory.Parse(Stories.YonhapWithPhoto);
        char[] destination = new char[4096];

        Assert.Equal(0, Allocated(() => Assert.True(story.TryFormat(destination, out _))));
    }

    [Fact]
    public void TryFormat_into_utf8_allocates_nothing()
    {
        FeedStory story = FeedStory.Parse(Stories.Feed);
        byte[] destination = new byte[4096];

        Assert.Equal(0, Allocated(() => Assert.True(story.TryFormat(destination, out _))));
    }

    [Fact]
    public void WriteTo_allocates_nothing_beyond_the_writers_buffer()
    {
        ApStory story = ApStory.Parse(Stories.Ap);
        var writer = new ArrayBufferWriter<byte>(8192);

        Assert.Equal(0, Allocated(() =>
        {
            writer.ResetWrittenCount();
            story.WriteTo(writer);
        }));
        Assert.Equal(Stories.Ap, Encoding.UTF8.GetString(writer.WrittenSpan));
    }

    [Fact]
    public void Long_lists_format_without_allocating_once_the_pool_is_warm()
    {
        var story = YonhapStory.Parse(Stories.YonhapPlain) with { Body = Enumerable.Range(0, 500).Select(i => "Paragraph " + i + ".").ToArray() };
        char[] destination = new char[64 * 1024];

        Assert.Equal(0, Allocated(() => Assert.True(story.TryFormat(destination, out _))));
    }

    [Fact]
    public void Parsing_utf8_allocates_the_strings_the_record_and_the_list_only()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Stories.YonhapWithPhoto);
        YonhapStory story = YonhapStory.Parse(utf8);

        long allocated = Allocated(() => YonhapStory.Parse(utf8));

        // The values themselves: every string's characters and header, the body array, two records.
        long strings = new[] { story.Attention!, story.Dateline.City, story.Dateline.Date, story.Dateline.Agency, story.Lead, story.PhotoCaption! }
            .Concat(story.Body).Sum(s => 22L + (2L * s.Length) + 8) ;
        long array = 24 + (8L * story.Body.Count);
        long records = 2 * 64;
        Assert.InRange(allocated, strings, strings + array + records);
    }

    [Fact]
    public void Memory_members_allocate_only_the_record_and_the_list()
    {
        string text = "Title\n\nOne.\n\nTwo.\n\nThree.\n";
        MemoryStory.Parse(text);

        long allocated = Allocated(() => MemoryStory.Parse(text));

        // One record (object header + two fields) and one array of three ReadOnlyMemory<char> (16 bytes each).
        Assert.InRange(allocated, 1, 48 + 24 + (3 * 16) + 16);
    }
}
