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
    public void TryFormat_and_WriteTo_of_a_Yonhap_story_allocate_nothing()
    {
        YonhapStory story = YonhapStory.Parse(Stories.YonhapWithPhoto);
        byte[] utf8 = new byte[8192];
        var writer = new ArrayBufferWriter<byte>(8192);

        Assert.Equal(0, Allocated(() => Assert.True(story.TryFormat(utf8, out _))));
        Assert.Equal(0, Allocated(() =>
        {
            writer.ResetWrittenCount();
            story.WriteTo(writer);
        }));
        Assert.Equal(Stories.YonhapWithPhoto, Encoding.UTF8.GetString(writer.WrittenSpan));
    }

    [Fact]
    public void A_20_KB_story_formats_without_allocating()
    {
        var story = YonhapStory.Parse(Stories.YonhapWithPhoto) with { Body = Enumerable.Range(0, 100).Select(i => "Paragraph " + i + " runs on for a while, " + new string('x', 160) + ".").ToArray() };
        byte[] utf8 = new byte[64 * 1024];
        char[] chars = new char[64 * 1024];

        Assert.Equal(0, Allocated(() => Assert.True(story.TryFormat(utf8, out int written) && written > 20_000)));
        Assert.Equal(0, Allocated(() => Assert.True(story.TryFormat(chars, out _))));
    }

    [Fact]
    public void Values_the_quick_checks_leave_to_the_re_scan_format_without_allocating()
    {
        // A line break inside the lead (not a blank line) reads back fine, but only the re-scan can tell.
        YonhapStory story = YonhapStory.Parse(Stories.YonhapWithPhoto) with { Lead = "A lead\nthat is hard-wrapped.", Body = [] };
        byte[] utf8 = new byte[8192];

        Assert.Equal(0, Allocated(() => Assert.True(story.TryFormat(utf8, out _))));
        Assert.Equal(story, YonhapStory.Parse(story.Format()));
    }

    [Fact]
    public void A_refusal_allocates_only_the_exception_it_throws()
    {
        // A blank line in the lead would end it early: refused by the re-scan.
        YonhapStory story = YonhapStory.Parse(Stories.YonhapWithPhoto) with { Lead = "One paragraph.\n\nAnother." };
        byte[] utf8 = new byte[8192];
        ArgumentException? refusal = null;
        long allocated = Allocated(() =>
        {
            try
            {
                story.TryFormat(utf8, out _);
            }
            catch (ArgumentException e)
            {
                refusal = e;
            }
        });
        Assert.NotNull(refusal);

        // The same exception thrown with a ready message: what is left over is building the message (its pieces
        // and the string) and stack trace room for the deeper throw; no copy of the text, no buffer.
        string message = refusal.Message;
        long throwing = Allocated(() =>
        {
            try
            {
                throw new ArgumentException(message, refusal.ParamName);
            }
            catch (ArgumentException)
            {
            }
        });
        Assert.InRange(allocated, throwing, throwing + (3 * ((2L * message.Length) + 32)) + 256);
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

    [Fact]
    public void Utf8_members_parsed_from_memory_allocate_only_the_records_and_the_list()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Stories.YonhapWithPhoto);
        YonhapBytes story = YonhapBytes.Parse(utf8.AsMemory());

        long allocated = Allocated(() => YonhapBytes.Parse(utf8.AsMemory()));

        // No value is copied or decoded: the two records, the ImmutableArray's builder and its one array.
        // On 64-bit, an object is a 16-byte header plus its fields; a ReadOnlyMemory<byte> is 16 bytes (24 when nullable).
        long yonhapBytes = 16 + 4 + (2 * 24) + 8 + 16 + 8;  // Date, Attention, PhotoCaption, Dateline, Lead, Body
        long datelineBytes = 16 + (3 * 16);
        long builder = 16 + 8 + 8;                          // its array and count
        long array = 16 + 8 + (16L * story.Body.Length);    // header, length, the items
        Assert.InRange(allocated, yonhapBytes + datelineBytes + array, yonhapBytes + datelineBytes + builder + array + 16);

        // For scale: the string layout allocates every value's characters.
        long strings = Allocated(() => YonhapStory.Parse(utf8));
        Assert.True(strings > 4 * allocated, $"{strings} vs {allocated}");
    }
}
