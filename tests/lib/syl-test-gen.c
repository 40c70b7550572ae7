/* syl-test-gen.c: synthetic course outlines, for the benchmarks and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An outline of N nodes (10,101 when N is from 10,000 to 10,100), with
 * mixed Chinese and English text, notes, objectives, examples and
 * comments, and when N is at least 10,000 a first chapter of at least
 * 10,000 descendants, for the move benchmark.  The JSON is written by hand
 * in Syllabus's canonical layout, so that the generator does not depend
 * on the code it benchmarks (GLib only).  The same N and seed always give
 * the same text.  syl-bench-gen writes it to a file for `ninja bench`;
 * tests make large outlines with it.
 */
#include "syl-test-gen.h"

/* The first chapter's size when N is large: itself and 10,000 descendants. */
#define BIG_CHAPTER_MIN 10001
/* The smallest remainder left for the other chapters after the big one. */
#define REST_MIN 100
/* The largest of the other chapters. */
#define CHAPTER_MAX 5000
/* Below this depth every node with children gets only leaves. */
#define GEN_MAX_DEPTH 8
#define WRITER_MAX_DEPTH 64

static const char * const english_words[] = {
  "introduction", "data", "structures", "algorithms", "graph", "memory",
  "network", "theory", "practice", "analysis", "model", "functions",
  "review", "project", "design", "systems", "language", "proof",
  "example", "methods", "probability", "statistics", "optimization",
  "basics", "advanced", "discussion", "case", "study", "lab", "course",
  "thinking", "summary", "recursion", "trees", "sorting", "search",
  "compilers", "types", "concurrency", "databases", "security", "testing",
};

static const char * const chinese_words[] = {
  "数据", "结构", "算法", "图论", "内存", "网络", "理论", "实践", "分析",
  "模型", "函数", "复习", "项目", "设计", "系统", "语言", "证明", "例子",
  "方法", "概率", "统计", "优化", "基础", "进阶", "讨论", "案例", "实验",
  "课程", "思考", "总结", "递归", "排序", "查找", "编译", "类型", "并发",
  "数据库", "安全", "测试", "学生", "老师", "问题",
};

static const char * const people[] = {
  "王老师", "Li Wei", "Alice Martin", "张同学", "陈教授", "Bob",
};

static const char * const code_bodies[] = {
  "for (int i = 0; i < n; i++)\n\tprintf(\"%d\\n\", a[i]);",
  "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)",
  "路径: C:\\Users\\student\\课程\\lab1.txt\n\"引号\" and 'quotes'",
  "SELECT name, score FROM 学生 WHERE score > 90;\r\nORDER BY score;",
  "输入: [3, 1, 2]\n输出: [1, 2, 3]\n\t复杂度 O(n log n)",
};

/* The generator's state, including a small JSON writer that reproduces the
 * layout of Python's json.dumps (indent=2, ensure_ascii=False). */
typedef struct
{
  GRand      *rand;
  GString    *out;
  GString    *scratch;
  GHashTable *ids;
  GDateTime  *epoch;
  guint       n_nodes;
  guint       depth;
  gboolean    first[WRITER_MAX_DEPTH];
} Gen;

static void
gen_indent (Gen   *gen,
            guint  depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (gen->out, "  ");
}

/* Appends @s as a JSON string, escaping only what JSON requires. */
static void
gen_escape (Gen        *gen,
            const char *s)
{
  g_string_append_c (gen->out, '"');
  for (const char *p = s; *p != '\0'; p++)
    {
      guchar c = *p;

      if (c == '"' || c == '\\')
        {
          g_string_append_c (gen->out, '\\');
          g_string_append_c (gen->out, c);
        }
      else if (c == '\n')
        g_string_append (gen->out, "\\n");
      else if (c == '\t')
        g_string_append (gen->out, "\\t");
      else if (c == '\r')
        g_string_append (gen->out, "\\r");
      else if (c < 0x20)
        g_string_append_printf (gen->out, "\\u%04x", c);
      else
        g_string_append_c (gen->out, c);
    }
  g_string_append_c (gen->out, '"');
}

/* Starts a member or element in the current container: the separator, the
 * indentation and, inside an object, the key. */
static void
gen_item (Gen        *gen,
          const char *key)
{
  if (gen->depth > 0)
    {
      g_string_append (gen->out, gen->first[gen->depth] ? "\n" : ",\n");
      gen->first[gen->depth] = FALSE;
      gen_indent (gen, gen->depth);
    }
  if (key != NULL)
    {
      gen_escape (gen, key);
      g_string_append (gen->out, ": ");
    }
}

static void
gen_begin (Gen        *gen,
           const char *key,
           char        open)
{
  gen_item (gen, key);
  g_string_append_c (gen->out, open);
  gen->depth++;
  g_assert (gen->depth < WRITER_MAX_DEPTH);
  gen->first[gen->depth] = TRUE;
}

/* Closes the current container; an empty one stays on one line, "[]". */
static void
gen_end (Gen  *gen,
         char  close)
{
  gboolean empty = gen->first[gen->depth];

  gen->depth--;
  if (!empty)
    {
      g_string_append_c (gen->out, '\n');
      gen_indent (gen, gen->depth);
    }
  g_string_append_c (gen->out, close);
}

static void
gen_string (Gen        *gen,
            const char *key,
            const char *value)
{
  gen_item (gen, key);
  gen_escape (gen, value);
}

static void
gen_int (Gen        *gen,
         const char *key,
         int         value)
{
  gen_item (gen, key);
  g_string_append_printf (gen->out, "%d", value);
}

static void
gen_bool (Gen        *gen,
          const char *key,
          gboolean    value)
{
  gen_item (gen, key);
  g_string_append (gen->out, value ? "true" : "false");
}

static gboolean
gen_chance (Gen    *gen,
            double  probability)
{
  return g_rand_double (gen->rand) < probability;
}

static const char *
gen_pick (Gen                *gen,
          const char * const *words,
          guint               n_words)
{
  return words[g_rand_int_range (gen->rand, 0, n_words)];
}

/* Writes a fresh id of 16 lowercase hex digits, unique in the file. */
static void
gen_id (Gen *gen)
{
  char *id = NULL;

  do
    {
      guint64 value = ((guint64) g_rand_int (gen->rand) << 32) | g_rand_int (gen->rand);

      g_free (id);
      id = g_strdup_printf ("%016" G_GINT64_MODIFIER "x", value);
    }
  while (g_hash_table_contains (gen->ids, id));
  g_hash_table_add (gen->ids, id);
  gen_string (gen, "id", id);
}

/* Appends one word, Chinese or English, to @text and returns the number of
 * characters added.  Chinese words join without a space; any other pair is
 * separated by one. */
static guint
gen_word (Gen      *gen,
          GString  *text,
          gboolean *last_chinese)
{
  gboolean chinese = gen_chance (gen, 0.5);
  const char *word = chinese
    ? gen_pick (gen, chinese_words, G_N_ELEMENTS (chinese_words))
    : gen_pick (gen, english_words, G_N_ELEMENTS (english_words));
  gsize len = text->len;
  guint added = 0;

  if (len > 0 && text->str[len - 1] != '\n' && !(chinese && *last_chinese))
    {
      g_string_append_c (text, ' ');
      added++;
    }
  g_string_append (text, word);
  *last_chinese = chinese;
  return added + g_utf8_strlen (word, -1);
}

/* Fills the scratch buffer with @min_words to @max_words words. */
static const char *
gen_phrase (Gen  *gen,
            guint min_words,
            guint max_words)
{
  guint n = g_rand_int_range (gen->rand, min_words, max_words + 1);
  gboolean last_chinese = FALSE;

  g_string_truncate (gen->scratch, 0);
  for (guint i = 0; i < n; i++)
    gen_word (gen, gen->scratch, &last_chinese);
  if (gen->scratch->len > 0 && g_ascii_islower (gen->scratch->str[0]))
    gen->scratch->str[0] = g_ascii_toupper (gen->scratch->str[0]);
  return gen->scratch->str;
}

/* Fills the scratch buffer with sentences up to about @target characters,
 * some of them separated by newlines. */
static const char *
gen_text (Gen   *gen,
          guint  target)
{
  gboolean last_chinese = FALSE;
  guint n_chars = 0;
  guint n_words = 0;
  guint sentence_words = g_rand_int_range (gen->rand, 4, 13);

  g_string_truncate (gen->scratch, 0);
  while (n_chars < target)
    {
      n_chars += gen_word (gen, gen->scratch, &last_chinese);
      if (++n_words < sentence_words)
        continue;
      g_string_append (gen->scratch, last_chinese ? "。" : ".");
      n_chars++;
      if (gen_chance (gen, 0.2))
        {
          gboolean paragraph = gen_chance (gen, 0.3);

          g_string_append (gen->scratch, paragraph ? "\n\n" : "\n");
          n_chars += paragraph ? 2 : 1;
        }
      n_words = 0;
      sentence_words = g_rand_int_range (gen->rand, 4, 13);
    }
  return gen->scratch->str;
}

/* Writes a timestamp some days after the generator's fixed epoch. */
static void
gen_time (Gen        *gen,
          const char *key,
          gint64      offset_seconds)
{
  g_autoptr(GDateTime) time = g_date_time_add_seconds (gen->epoch, offset_seconds);
  g_autofree char *text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");

  gen_string (gen, key, text);
}

static void
gen_example (Gen *gen)
{
  gen_begin (gen, NULL, '{');
  gen_id (gen);
  gen_string (gen, "title", gen_phrase (gen, 2, 5));
  if (gen_chance (gen, 0.5))
    gen_string (gen, "body", gen_pick (gen, code_bodies, G_N_ELEMENTS (code_bodies)));
  else
    gen_string (gen, "body", gen_text (gen, g_rand_int_range (gen->rand, 60, 200)));
  gen_end (gen, '}');
}

static void
gen_reply (Gen    *gen,
           gint64  after)
{
  gen_begin (gen, NULL, '{');
  gen_id (gen);
  gen_string (gen, "author", gen_pick (gen, people, G_N_ELEMENTS (people)));
  gen_time (gen, "created", after + g_rand_int_range (gen->rand, 60, 86400));
  gen_string (gen, "text", gen_text (gen, g_rand_int_range (gen->rand, 10, 60)));
  gen_end (gen, '}');
}

static void
gen_annotation (Gen *gen)
{
  gint64 created = g_rand_int_range (gen->rand, 0, 90 * 86400);
  gboolean resolved = gen_chance (gen, 0.3);
  guint n_replies = g_rand_int_range (gen->rand, 0, 3);

  gen_begin (gen, NULL, '{');
  gen_id (gen);
  gen_string (gen, "author", gen_pick (gen, people, G_N_ELEMENTS (people)));
  gen_time (gen, "created", created);
  gen_string (gen, "text", gen_text (gen, g_rand_int_range (gen->rand, 20, 120)));
  gen_bool (gen, "resolved", resolved);
  gen_string (gen, "resolved_by",
              resolved ? gen_pick (gen, people, G_N_ELEMENTS (people)) : "");
  if (resolved)
    gen_time (gen, "resolved_at", created + 3 * 86400);
  else
    gen_string (gen, "resolved_at", "");
  gen_begin (gen, "replies", '[');
  for (guint i = 0; i < n_replies; i++)
    gen_reply (gen, created);
  gen_end (gen, ']');
  gen_end (gen, '}');
}

/* Splits @total nodes into @n_parts budgets of at least one each.  With
 * @skewed the parts vary a lot, so that subtrees have uneven sizes. */
static guint *
gen_split (Gen      *gen,
           guint     total,
           guint     n_parts,
           gboolean  skewed)
{
  g_autofree double *weights = g_new (double, n_parts);
  guint *parts = g_new (guint, n_parts);
  double sum = 0;
  guint used = 0;

  for (guint i = 0; i < n_parts; i++)
    {
      double r = g_rand_double (gen->rand);

      weights[i] = skewed ? 0.05 + r * r : 0.6 + 0.8 * r;
      sum += weights[i];
    }
  for (guint i = 0; i < n_parts; i++)
    {
      parts[i] = 1 + (guint) ((total - n_parts) * weights[i] / sum);
      used += parts[i];
    }
  for (guint i = 0; used < total; i = (i + 1) % n_parts, used++)
    parts[i]++;
  return parts;
}

static const char *
gen_kind (Gen      *gen,
          guint     depth,
          gboolean  leaf)
{
  double r;

  if (depth == 1 || !leaf)
    return "section";
  r = g_rand_double (gen->rand);
  if (r < 0.10)
    return "discussion";
  if (r < 0.15)
    return "example";
  return "section";
}

/* Writes the fields of a node before its examples. */
static void
gen_node_fields (Gen        *gen,
                 const char *number,
                 guint       depth,
                 gboolean    leaf)
{
  guint n_objectives = gen_chance (gen, 0.3) ? g_rand_int_range (gen->rand, 1, 5) : 0;

  gen_id (gen);
  gen_string (gen, "number", number);
  gen_string (gen, "kind", gen_kind (gen, depth, leaf));
  gen_string (gen, "title", gen_phrase (gen, 2, 6));
  gen_string (gen, "notes",
              gen_chance (gen, 0.9) ? gen_text (gen, g_rand_int_range (gen->rand, 250, 351)) : "");
  gen_begin (gen, "objectives", '[');
  for (guint i = 0; i < n_objectives; i++)
    gen_string (gen, NULL, gen_phrase (gen, 3, 7));
  gen_end (gen, ']');
  if (gen_chance (gen, 0.3))
    gen_int (gen, "duration_minutes", 5 * g_rand_int_range (gen->rand, 1, 19));
  gen_bool (gen, "optional", gen_chance (gen, 0.05));
}

static void gen_node (Gen        *gen,
                      const char *number,
                      guint       budget,
                      guint       depth);

/* Writes the children of a node, @total nodes in all. */
static void
gen_children (Gen        *gen,
              const char *number,
              guint       total,
              guint       depth)
{
  guint n_children = g_rand_int_range (gen->rand, 2, 10);
  g_autofree guint *parts = NULL;

  if (depth >= GEN_MAX_DEPTH || n_children > total)
    n_children = total;
  if (n_children > 0)
    parts = gen_split (gen, total, n_children, TRUE);
  gen_begin (gen, "children", '[');
  for (guint i = 0; i < n_children; i++)
    {
      g_autofree char *child_number = g_strdup_printf ("%s.%u", number, i + 1);

      gen_node (gen, child_number, parts[i], depth + 1);
    }
  gen_end (gen, ']');
}

/* Writes a node and its subtree, @budget nodes in all, at @depth (chapters
 * are at depth 1). */
static void
gen_node (Gen        *gen,
          const char *number,
          guint       budget,
          guint       depth)
{
  guint n_examples = 0;
  guint n_annotations = 0;

  gen->n_nodes++;
  if (gen->n_nodes % 10 == 0)
    n_examples = g_rand_int_range (gen->rand, 1, 3);
  if (gen_chance (gen, 0.02))
    n_annotations = g_rand_int_range (gen->rand, 1, 3);

  gen_begin (gen, NULL, '{');
  gen_node_fields (gen, number, depth, budget == 1);
  gen_begin (gen, "examples", '[');
  for (guint i = 0; i < n_examples; i++)
    gen_example (gen);
  gen_end (gen, ']');
  gen_begin (gen, "annotations", '[');
  for (guint i = 0; i < n_annotations; i++)
    gen_annotation (gen);
  gen_end (gen, ']');
  gen_children (gen, number, budget - 1, depth);
  gen_end (gen, '}');
}

/* Decides the size of each chapter: when @n_nodes is large enough, the
 * first one has at least 10,000 descendants. */
static GArray *
gen_plan_chapters (Gen   *gen,
                   guint  n_nodes)
{
  GArray *chapters = g_array_new (FALSE, FALSE, sizeof (guint));
  guint rest = n_nodes;
  guint chapter_size = CLAMP (n_nodes / 12, 1, CHAPTER_MAX);
  guint n_rest;
  g_autofree guint *parts = NULL;

  if (n_nodes >= BIG_CHAPTER_MIN - 1)
    {
      guint big = MAX (BIG_CHAPTER_MIN, n_nodes / 8);

      g_array_append_val (chapters, big);
      rest = n_nodes > big + REST_MIN ? n_nodes - big : REST_MIN;
    }
  if (rest == 0)
    return chapters;
  n_rest = MAX (rest / chapter_size, 1);
  parts = gen_split (gen, rest, n_rest, FALSE);
  g_array_append_vals (chapters, parts, n_rest);
  return chapters;
}

static void
gen_authors (Gen *gen)
{
  gen_begin (gen, "authors", '[');
  gen_begin (gen, NULL, '{');
  gen_string (gen, "name", "王老师");
  gen_string (gen, "about", "计算机系 Department of Computer Science");
  gen_end (gen, '}');
  gen_begin (gen, NULL, '{');
  gen_string (gen, "name", "Alice Martin");
  gen_string (gen, "about", "Teaching assistant, \"Algorithms\" 助教");
  gen_end (gen, '}');
  gen_end (gen, ']');
}

static void
gen_document (Gen   *gen,
              guint  n_nodes)
{
  g_autoptr(GArray) chapters = gen_plan_chapters (gen, n_nodes);

  gen_begin (gen, NULL, '{');
  gen_string (gen, "format", "syllabus");
  gen_int (gen, "version", 1);
  gen_string (gen, "title", "基准测试 Benchmark Outline");
  gen_string (gen, "subtitle", "Synthetic 合成 course outline");
  gen_string (gen, "language", "zh-CN");
  gen_authors (gen);
  gen_string (gen, "description", gen_text (gen, 200));
  gen_int (gen, "target_minutes", 720);
  gen_begin (gen, "children", '[');
  for (guint i = 0; i < chapters->len; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      gen_node (gen, number, g_array_index (chapters, guint, i), 1);
    }
  gen_end (gen, ']');
  gen_end (gen, '}');
  g_string_append_c (gen->out, '\n');
}

/**
 * syl_test_gen_outline:
 * @n_nodes: how many nodes the outline has, about
 * @seed: of the random generator: the same seed gives the same outline
 * @length: (out) (optional): the length of the text
 * @n_made: (out) (optional): how many nodes it has
 *
 * Returns: (transfer full): the outline, as the text of a Syllabus file
 */
char *
syl_test_gen_outline (guint    n_nodes,
                      guint32  seed,
                      gsize   *length,
                      guint   *n_made)
{
  Gen gen = { 0 };

  gen.rand = g_rand_new_with_seed (seed);
  gen.out = g_string_sized_new (MAX (n_nodes, 1) * 1024);
  gen.scratch = g_string_new (NULL);
  gen.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gen.epoch = g_date_time_new_utc (2026, 9, 1, 8, 0, 0);

  gen_document (&gen, n_nodes);
  if (length != NULL)
    *length = gen.out->len;
  if (n_made != NULL)
    *n_made = gen.n_nodes;

  g_date_time_unref (gen.epoch);
  g_hash_table_unref (gen.ids);
  g_string_free (gen.scratch, TRUE);
  g_rand_free (gen.rand);
  return g_string_free (gen.out, FALSE);
}
