using System.Linq;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emitting
{
    /// <summary>
    /// Writes <c>Equals</c>/<c>GetHashCode</c> for records with lists or <c>ReadOnlyMemory&lt;char&gt;</c> (or of bytes), which the
    /// compiler's record equality would compare by reference: with these, <c>T.Parse(x.Format())</c> equals <c>x</c>.
    /// </summary>
    internal static class EqualityEmitter
    {
        private static string Id(EqualityMember e) => EmitContext.Id(e.Name);

        /// <summary>The member as a sequence; a default ImmutableArray, which cannot be enumerated, counts as null.</summary>
        private static string Sequence(EqualityMember e, string owner)
            => e.DefaultableElementType is null
                ? owner + Id(e)
                : $"({owner}{Id(e)}.IsDefault ? null : (global::System.Collections.Generic.IEnumerable<{e.DefaultableElementType}>){owner}{Id(e)})";

        public static void Emit(EmitContext c)
        {
            var w = c.W;
            var m = c.Model;
            string modifier = m.IsSealed ? "public" : "public virtual";
            w.Line("/// <summary>Value equality, comparing lists item by item and ReadOnlyMemory&lt;char&gt; (or &lt;byte&gt;) by content.</summary>");
            using (w.Block($"{modifier} bool Equals({m.FullName}? other)"))
            {
                using (w.Block("if (global::System.Object.ReferenceEquals(this, other))"))
                {
                    w.Line("return true;");
                }

                w.Line();
                using (w.Block("if (other is null || EqualityContract != other.EqualityContract)"))
                {
                    w.Line("return false;");
                }

                w.Line();
                if (m.Equality.Count == 0)
                {
                    w.Line("return true;");
                }
                else
                {
                    var comparisons = m.Equality.Select(e => e.Kind switch
                    {
                        EqualityKind.Sequence => $"global::ArticleGen.Runtime.ArticleEquality.SequenceEqual({Sequence(e, "this.")}, {Sequence(e, "other.")})",
                        EqualityKind.TextSequence => $"global::ArticleGen.Runtime.ArticleEquality.TextSequenceEqual({Sequence(e, "this.")}, {Sequence(e, "other.")})",
                        EqualityKind.Text => $"global::ArticleGen.Runtime.ArticleEquality.TextEqual(this.{Id(e)}, other.{Id(e)})",
                        _ => $"global::System.Collections.Generic.EqualityComparer<{e.TypeName}>.Default.Equals(this.{Id(e)}, other.{Id(e)})",
                    }).ToList();
                    w.Line("return " + comparisons[0] + (comparisons.Count == 1 ? ";" : string.Empty));
                    for (int i = 1; i < comparisons.Count; i++)
                    {
                        w.Line("    && " + comparisons[i] + (i == comparisons.Count - 1 ? ";" : string.Empty));
                    }
                }
            }

            w.Line();
            w.Line("/// <summary>A hash consistent with <see cref=\"Equals(" + LayoutDocs.Xml(m.FullName).Replace("global::", string.Empty) + "?)\"/>.</summary>");
            using (w.Block("public override int GetHashCode()"))
            {
                w.Line("int hash = global::System.Collections.Generic.EqualityComparer<global::System.Type>.Default.GetHashCode(EqualityContract);");
                foreach (EqualityMember e in m.Equality)
                {
                    string part = e.Kind switch
                    {
                        EqualityKind.Sequence => $"global::ArticleGen.Runtime.ArticleEquality.SequenceHash({Sequence(e, "this.")})",
                        EqualityKind.TextSequence => $"global::ArticleGen.Runtime.ArticleEquality.TextSequenceHash({Sequence(e, "this.")})",
                        EqualityKind.Text => $"global::ArticleGen.Runtime.ArticleEquality.TextHash(this.{Id(e)})",
                        _ => $"global::System.Collections.Generic.EqualityComparer<{e.TypeName}>.Default.GetHashCode(this.{Id(e)}{(e.IsValueType ? string.Empty : "!")})",
                    };
                    w.Line($"hash = unchecked((hash * -1521134295) + {part});");
                }

                w.Line("return hash;");
            }
        }
    }
}
