using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;

namespace ArticleGen.Tests.Readme;

/// <summary>The README's <c>ReadOnlyMemory&lt;byte&gt;</c> example, declared as it is written there.</summary>
[ArticleLayout("""
    {Slug}

    {Body...}
    """)]
public partial record RawStory(ReadOnlyMemory<byte> Slug, ImmutableArray<ReadOnlyMemory<byte>> Body);

/// <summary>What the README says the example prints, and that its values are slices of the file's bytes.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_ReadOnlyMemory_of_byte_example_prints_what_the_readme_says()
    {
        byte[] file = "BC-KOREA-RICE\n\nRice prices rose.\n\nThe ministry will act.\n"u8.ToArray();
        RawStory story = RawStory.Parse(file);

        Assert.Equal("BC-KOREA-RICE", Encoding.UTF8.GetString(story.Slug.Span));
        Assert.Equal(2, story.Body.Length);
        Assert.True(story.Format() == Encoding.UTF8.GetString(file));

        // "slices of file": the same array, at the value's offset.
        Assert.True(MemoryMarshal.TryGetArray(story.Body[1], out ArraySegment<byte> segment));
        Assert.Same(file, segment.Array);
        Assert.Equal("BC-KOREA-RICE\n\nRice prices rose.\n\n".Length, segment.Offset);
    }
}
