using System;

namespace ArticleGen
{
    /// <summary>
    /// Declares one variant of an <c>abstract partial record</c>: a record deriving from it that carries its own
    /// <see cref="ArticleLayoutAttribute"/>. Where the abstract record is a member or a list item of another layout
    /// (or is parsed on its own), the text is read by the first variant, in declaration order, that reads all of it;
    /// <c>Format</c> writes the variant the value is. ArticleGen generates <c>Parse</c>, <c>TryParse</c>,
    /// <c>Format</c>, <c>TryFormat</c> and <c>WriteTo</c> on the abstract record.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class ArticleVariantAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        /// <param name="variant">A <c>partial record</c> deriving directly from this one, with its own [ArticleLayout].</param>
        public ArticleVariantAttribute(Type variant) => Variant = variant;

        /// <summary>The variant's type.</summary>
        public Type Variant { get; }
    }
}
