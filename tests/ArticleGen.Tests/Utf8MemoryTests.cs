using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using ArticleGen.Tests.Constructs;
using ArticleGen.Tests.Feeds;

namespace ArticleGen.Tests;

/// <summary>
/// <c>ReadOnlyMemory&lt;byte&gt;</c> members: a slice of the caller's memory when parsed from a <c>ReadOnlyMemory&lt;byte&gt;</c>
/// (or a <c>byte[]</c>), a copy from anything else (a span, text, CRLF input, a feed's reused buffer). Offsets
/// below are counted by hand from the inputs.
/// </summary>
public class Utf8MemoryTests
{
    // "Title (note)\n\nOne.\n\nTwo.\n": Title at 0 (5 bytes), Note at 7 (4), "One." at 14, "Two." at 20.
    private const string Text = "Title (note)\n\nOne.\n\nTwo.\n";

    private static ArraySegment<byte> Owner(ReadOnlyMemory<byte> value)
    {
        Assert.True(MemoryMarshal.TryGetArray(value, out ArraySegment<byte> segment));
        return segment;
    }

    private static void AssertSlice(byte[] input, int offset, int length, ReadOnlyMemory<byte> value)
    {
        ArraySegment<byte> segment = Owner(value);
        Assert.Same(input, segment.Array);
        Assert.Equal(offset, segment.Offset);
        Assert.Equal(length, segment.Count);
    }

    private static void AssertCopy(byte[] input, ReadOnlyMemory<byte> value) => Assert.NotSame(input, Owner(value).Array);

    private static string S(ReadOnlyMemory<byte> value) => Encoding.UTF8.GetString(value.Span);

    [Fact]
    public void From_memory_every_value_is_a_slice_of_the_callers_array()
    {
        // The story sits at offset 3 of a larger array: slices are placed in the array, not in the story.
        byte[] array = Encoding.UTF8.GetBytes("xyz" + Text + "tail");
        var memory = new ReadOnlyMemory<byte>(array, 3, array.Length - 3 - 4);

        ByteStory story = ByteStory.Parse(memory);

        AssertSlice(array, 3, 5, story.Title);
        AssertSlice(array, 3 + 7, 4, story.Note!.Value);
        AssertSlice(array, 3 + 14, 4, story.Paragraphs[0]);
        AssertSlice(array, 3 + 20, 4, story.Paragraphs[1]);
        Assert.Equal(["Title", "note", "One.", "Two."], new[] { story.Title, story.Note.Value, story.Paragraphs[0], story.Paragraphs[1] }.Select(S));
        Assert.True(ByteStory.TryParse(memory, out ByteStory? tried));
        AssertSlice(array, 3, 5, tried.Title);
    }

    [Fact]
    public void A_byte_array_binds_to_the_memory_overload_and_is_sliced()
    {
        byte[] array = Encoding.UTF8.GetBytes(Text);

        ByteStory story = ByteStory.Parse(array);

        AssertSlice(array, 0, 5, story.Title);
        AssertSlice(array, 20, 4, story.Paragraphs[1]);
        Assert.True(ByteStory.TryParse(array, out ByteStory? tried));
        AssertSlice(array, 14, 4, tried.Paragraphs[0]);
        Assert.False(ByteStory.TryParse((byte[]?)null, out _));
        Assert.Throws<ArgumentNullException>(() => ByteStory.Parse((byte[])null!));
    }

    [Fact]
    public void A_slice_sees_changes_to_the_callers_buffer_which_is_why_the_docs_say_not_to_reuse_it()
    {
        byte[] array = Encoding.UTF8.GetBytes(Text);
        ByteStory story = ByteStory.Parse(array);

        array[0] = (byte)'M';

        Assert.Equal("Mitle", S(story.Title));
    }

    [Fact]
    public void From_a_span_a_string_or_chars_every_value_is_a_copy()
    {
        byte[] array = Encoding.UTF8.GetBytes(Text);
        ByteStory expected = ByteStory.Parse(array.AsMemory());

        foreach (ByteStory story in new[] { ByteStory.Parse((ReadOnlySpan<byte>)array), ByteStory.Parse(Text), ByteStory.Parse(Text.AsSpan()) })
        {
            AssertCopy(array, story.Title);
            AssertCopy(array, story.Note!.Value);
            Assert.All(story.Paragraphs, p => AssertCopy(array, p));
            Assert.Equal(expected, story);
            Assert.Equal("Title", S(story.Title));
        }

        // Each value is its own copy, not a slice of one shared copy of the input.
        ByteStory fromSpan = ByteStory.Parse((ReadOnlySpan<byte>)array);
        Assert.Equal(0, Owner(fromSpan.Paragraphs[1]).Offset);
        Assert.Equal(4, Owner(fromSpan.Paragraphs[1]).Array!.Length);
    }

    [Fact]
    public void From_crlf_memory_values_are_slices_of_a_private_normalized_copy()
    {
        byte[] array = Encoding.UTF8.GetBytes("Title\r\n\r\nOne\r\nline two.\r\n\r\nTwo.\r\n");

        ByteStory first = ByteStory.Parse(array);
        ByteStory second = ByteStory.Parse(array);

        AssertCopy(array, first.Title);
        Assert.Equal("One\nline two.", S(first.Paragraphs[0]));
        Assert.Equal("Two.", S(first.Paragraphs[1]));

        // The normalized copy is the parse's own (never a pooled buffer another parse would write over).
        Assert.NotSame(Owner(first.Title).Array, Owner(second.Title).Array);
        Assert.Same(Owner(first.Title).Array, Owner(first.Paragraphs[1]).Array);
        Assert.Equal("Title", S(first.Title));
        Assert.Equal(first, ByteStory.Parse(Text.Replace(" (note)", string.Empty).Replace("One.", "One\nline two.")));
    }

    [Fact]
    public void A_leading_byte_order_mark_is_skipped_and_values_still_slice_the_callers_array()
    {
        byte[] array = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)];

        ByteStory story = ByteStory.Parse(array);

        AssertSlice(array, 3, 5, story.Title);
        AssertSlice(array, 3 + 20, 4, story.Paragraphs[1]);
    }

    [Fact]
    public void A_one_line_layout_with_a_final_line_break_still_slices()
    {
        byte[] array = Encoding.UTF8.GetBytes("Kim said hello\n\n");

        ByteInner inner = ByteInner.Parse(array);

        AssertSlice(array, 0, 3, inner.Who);
        AssertSlice(array, 9, 5, inner.What);
    }

    [Fact]
    public void A_nested_layout_slices_the_same_array()
    {
        // "TITLE: Talk\n\nKim said hello\n": the nested story starts at 13; Who at 13, What at 22.
        byte[] array = Encoding.UTF8.GetBytes("TITLE: Talk\n\nKim said hello\n");

        ByteOuter outer = ByteOuter.Parse(array);

        Assert.Equal("Talk", outer.Title);
        AssertSlice(array, 13, 3, outer.Story.Who);
        AssertSlice(array, 22, 5, outer.Story.What);
        AssertCopy(array, ByteOuter.Parse((ReadOnlySpan<byte>)array).Story.Who);
    }

    [Fact]
    public void Every_list_shape_slices_and_compares_by_content()
    {
        // "Head\n\nA.\n\nB.\n": items at 6 and 10.
        byte[] array = Encoding.UTF8.GetBytes("Head\n\nA.\n\nB.\n");
        byte[] other = Encoding.UTF8.GetBytes("Head\n\nA.\n\nB.\n");

        ByteArrayItems asArray = ByteArrayItems.Parse(array);
        ByteListItems asList = ByteListItems.Parse(array);
        ByteImmutableItems asImmutable = ByteImmutableItems.Parse(array);

        AssertSlice(array, 10, 2, asArray.Items[1]);
        AssertSlice(array, 10, 2, asList.Items[1]);
        AssertSlice(array, 10, 2, asImmutable.Items[1]);
        Assert.Equal(asArray, ByteArrayItems.Parse(other));
        Assert.Equal(asList, ByteListItems.Parse(other));
        Assert.Equal(asImmutable, ByteImmutableItems.Parse(other));
        Assert.Equal(asImmutable.GetHashCode(), ByteImmutableItems.Parse(other).GetHashCode());
        Assert.NotEqual(asList, ByteListItems.Parse(Encoding.UTF8.GetBytes("Head\n\nA.\n\nC.\n")));
        Assert.Equal(new ByteImmutableItems("Head"u8.ToArray(), default), new ByteImmutableItems("Head"u8.ToArray(), default));
    }

    [Fact]
    public void Records_compare_by_content_not_by_buffer()
    {
        var a = new ByteStory("T"u8.ToArray(), null, ["x"u8.ToArray()]);
        var b = new ByteStory(Encoding.UTF8.GetBytes("xTx").AsMemory(1, 1), null, [Encoding.UTF8.GetBytes("x")]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Note = "n"u8.ToArray() });
        Assert.NotEqual(a, b with { Title = "U"u8.ToArray() });
    }

    [Fact]
    public void Values_are_the_utf8_of_the_string_layouts_values_and_format_writes_them_back()
    {
        foreach (string text in new[] { Stories.YonhapWithPhoto, Stories.YonhapPlain, Stories.YonhapWithPhoto.Replace("BUSAN", "부산") })
        {
            YonhapStory expected = YonhapStory.Parse(text);
            byte[] utf8 = Encoding.UTF8.GetBytes(text);

            YonhapBytes story = YonhapBytes.Parse(utf8);

            Assert.Equal(expected.Date, story.Date);
            Assert.Equal(expected.Attention, story.Attention is { } a ? S(a) : null);
            Assert.Equal(expected.Dateline.City, S(story.Dateline.City));
            Assert.Equal(expected.Dateline.Agency, S(story.Dateline.Agency));
            Assert.Equal(expected.Lead, S(story.Lead));
            Assert.Equal(expected.Body, story.Body.Select(S));
            Assert.Equal(expected.PhotoCaption, story.PhotoCaption is { } p ? S(p) : null);
            Assert.Equal(expected.Format(), story.Format());
            byte[] written = new byte[utf8.Length + 16];
            Assert.True(story.TryFormat(written, out int bytesWritten));
            Assert.Equal(Encoding.UTF8.GetBytes(expected.Format()), written.AsSpan(0, bytesWritten).ToArray());
            Assert.Equal(story, YonhapBytes.Parse(text));
        }
    }

    [Fact]
    public void Invalid_utf8_inside_a_value_is_a_parse_error()
    {
        byte[] array = [.. "Ti"u8, 0xFF, .. "tle\n\nOne.\n"u8];

        var error = Assert.Throws<ArticleFormatException>(() => ByteStory.Parse(array));

        Assert.Contains("UTF-8", error.Message);
        Assert.False(ByteStory.TryParse(array, out _));
        Assert.False(ByteStory.TryParse((ReadOnlySpan<byte>)array, out _));
    }

    [Fact]
    public void A_lone_surrogate_in_text_has_no_utf8_form_and_does_not_read()
    {
        Assert.False(ByteStory.TryParse("Ti\uD800tle\n\nOne.\n", out _));
        Assert.True(ByteStory.TryParse("Ti\uD83D\uDE00tle\n\nOne.\n", out ByteStory? pair));
        Assert.Equal("Ti\uD83D\uDE00tle", S(pair.Title));
    }

    [Fact]
    public void Format_refuses_bytes_that_are_not_utf8_and_never_writes_a_replacement_character()
    {
        var story = new ByteStory(new byte[] { (byte)'A', 0xC3 }, null, ["x"u8.ToArray()]);

        var error = Assert.Throws<ArgumentException>(() => story.Format());
        Assert.Contains("ByteStory.Title holds bytes that are not valid UTF-8 (byte 0xC3 at offset 1 of the value)", error.Message);
        Assert.Throws<ArgumentException>(() => story.TryFormat(new char[2], out _));
        Assert.Throws<ArgumentException>(() => story.TryFormat(new byte[100], out _));
        Assert.DoesNotContain("\uFFFD", story.ToString());
    }

    [Fact]
    public void Format_into_a_small_destination_is_false_not_an_error()
    {
        var story = new ByteStory("제목"u8.ToArray(), null, ["x"u8.ToArray()]);

        Assert.False(story.TryFormat(new char[3], out _));
        char[] destination = new char[10];
        Assert.True(story.TryFormat(destination, out int written));
        Assert.Equal("제목\n\nx\n", new string(destination, 0, written));
        Assert.Equal(story, ByteStory.Parse(story.Format()));
    }

    [Fact]
    public void Stories_read_from_a_feed_hold_copies_that_survive_the_reused_buffer()
    {
        // A 16-byte buffer is refilled many times per story: a slice of it would change under the first story.
        byte[] feed = FeedTestKit.Utf8(FeedTestKit.Feed);

        List<EndStoryBytes> fromStream = FeedTestKit.Collect(EndStoryBytes.ReadFeed(new TrickleStream(feed, 5), new FeedOptions { BufferSize = 16 }));
        List<EndStoryBytes> fromMemory = FeedTestKit.Collect(EndStoryBytes.ReadFeed(feed.AsMemory()));

        Assert.Equal(FeedTestKit.Records.Select(r => r.Headline), fromStream.Select(s => S(s.Headline)));
        Assert.Equal(FeedTestKit.Records.Select(r => r.Byline), fromStream.Select(s => S(s.Byline)));
        Assert.Equal(FeedTestKit.Records.Select(r => string.Join("|", r.Body)), fromStream.Select(s => string.Join("|", s.Body.Select(S))));
        Assert.Equal(fromStream, fromMemory);
        Assert.All(fromMemory, s => AssertCopy(feed, s.Headline));
    }
}
