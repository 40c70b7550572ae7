/* syl-catalogue-plural.c: which plural form a number takes
 *
 * A catalogue's header says how many plural forms its language has and
 * which one a number takes, as a C expression of n:
 *
 *     Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : …;
 *
 * The expression is read here as GNU gettext reads it: n, whole numbers,
 * ! * / % + - < > <= >= == != && || ?: and parentheses, with C's
 * precedence and unsigned long arithmetic.  A header without the field,
 * or with anything else in it, gets the rule of English and German,
 * nplurals=2; plural=n != 1, as gettext does; so does a number for which
 * the expression divides by zero.  Expressions are kept small (the
 * longest real rules have some forty operators), so that reading and
 * evaluating one never goes deep into the stack.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-catalogue-private.h"

#define MAX_PLURALS 32
#define MAX_NODES 256
#define MAX_DEPTH 32

typedef enum
{
  NODE_NUMBER,
  NODE_N,
  NODE_NOT,
  NODE_MUL,
  NODE_DIV,
  NODE_MOD,
  NODE_ADD,
  NODE_SUB,
  NODE_LT,
  NODE_GT,
  NODE_LE,
  NODE_GE,
  NODE_EQ,
  NODE_NE,
  NODE_AND,
  NODE_OR,
  NODE_IF,
} NodeKind;

typedef struct
{
  NodeKind kind;
  gulong   number;
  guint    operands[3];
} Node;

struct _SylPluralRule
{
  guint   n_plurals;
  GArray *nodes;      /* of Node; NULL for the rule n != 1 */
  guint   root;
};

/* Reading the expression. */

typedef struct
{
  const char *p;
  GArray     *nodes;
  guint       depth;
} Parser;

/* The binary operators by precedence, loosest first; at each level the
 * longer of two tokens sharing a first character comes first. */
#define N_LEVELS 6
static const struct
{
  const char *token;
  NodeKind    kind;
} operators[N_LEVELS][5] = {
  { { "||", NODE_OR } },
  { { "&&", NODE_AND } },
  { { "==", NODE_EQ }, { "!=", NODE_NE } },
  { { "<=", NODE_LE }, { ">=", NODE_GE }, { "<", NODE_LT }, { ">", NODE_GT } },
  { { "+", NODE_ADD }, { "-", NODE_SUB } },
  { { "*", NODE_MUL }, { "/", NODE_DIV }, { "%", NODE_MOD } },
};

static void
skip_spaces (Parser *self)
{
  while (*self->p == ' ' || *self->p == '\t' || *self->p == '\r')
    self->p++;
}

static gboolean
accept (Parser     *self,
        const char *token)
{
  skip_spaces (self);
  if (strncmp (self->p, token, strlen (token)) != 0)
    return FALSE;
  self->p += strlen (token);
  return TRUE;
}

/* Returns FALSE when the expression has too many nodes. */
static gboolean
add_node (Parser   *self,
          NodeKind  kind,
          gulong    number,
          guint     a,
          guint     b,
          guint     c,
          guint    *index)
{
  Node node = { kind, number, { a, b, c } };

  if (self->nodes->len >= MAX_NODES)
    return FALSE;
  g_array_append_val (self->nodes, node);
  *index = self->nodes->len - 1;
  return TRUE;
}

static gboolean parse_expression (Parser *self,
                                  guint  *index);

static gboolean
parse_number (Parser *self,
              guint  *index)
{
  gulong value = 0;

  for (; g_ascii_isdigit (*self->p); self->p++)
    {
      guint digit = *self->p - '0';

      if (value > (G_MAXULONG - digit) / 10)
        return FALSE;
      value = value * 10 + digit;
    }
  return add_node (self, NODE_NUMBER, value, 0, 0, 0, index);
}

static gboolean
parse_unary (Parser *self,
             guint  *index)
{
  gboolean ok;
  guint operand;

  skip_spaces (self);
  if (*self->p == 'n' && !g_ascii_isalnum (self->p[1]) && self->p[1] != '_')
    {
      self->p++;
      return add_node (self, NODE_N, 0, 0, 0, 0, index);
    }
  if (g_ascii_isdigit (*self->p))
    return parse_number (self, index);
  if (accept (self, "("))
    return parse_expression (self, index) && accept (self, ")");
  if (!accept (self, "!") || ++self->depth > MAX_DEPTH)
    return FALSE;
  ok = parse_unary (self, &operand) && add_node (self, NODE_NOT, 0, operand, 0, 0, index);
  self->depth--;
  return ok;
}

static gboolean
match_operator (Parser   *self,
                guint     level,
                NodeKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (operators[level]) && operators[level][i].token != NULL; i++)
    if (accept (self, operators[level][i].token))
      {
        *kind = operators[level][i].kind;
        return TRUE;
      }
  return FALSE;
}

/* The operators of @level and tighter, left-associative. */
static gboolean
parse_binary (Parser *self,
              guint   level,
              guint  *index)
{
  NodeKind kind;

  if (level == N_LEVELS)
    return parse_unary (self, index);
  if (!parse_binary (self, level + 1, index))
    return FALSE;
  while (match_operator (self, level, &kind))
    {
      guint right;

      if (!parse_binary (self, level + 1, &right) ||
          !add_node (self, kind, 0, *index, right, 0, index))
        return FALSE;
    }
  return TRUE;
}

/* The whole grammar: a ?: b : c, right-associative, loosest of all. */
static gboolean
parse_expression (Parser *self,
                  guint  *index)
{
  gboolean ok;
  guint test;
  guint yes;
  guint no;

  if (++self->depth > MAX_DEPTH)
    return FALSE;
  ok = parse_binary (self, 0, index);
  if (ok && accept (self, "?"))
    {
      test = *index;
      ok = parse_expression (self, &yes) && accept (self, ":") &&
           parse_expression (self, &no) && add_node (self, NODE_IF, 0, test, yes, no, index);
    }
  self->depth--;
  return ok;
}

/* Evaluating it. */

/* Returns FALSE for a division by zero. */
static gboolean
eval_node (const Node *nodes,
           guint       index,
           gulong      n,
           gulong     *result)
{
  const Node *node = &nodes[index];
  gulong a = 0;
  gulong b = 0;

  switch (node->kind)
    {
    case NODE_NUMBER:
      *result = node->number;
      return TRUE;
    case NODE_N:
      *result = n;
      return TRUE;
    case NODE_IF:
      return eval_node (nodes, node->operands[0], n, &a) &&
             eval_node (nodes, node->operands[a != 0 ? 1 : 2], n, result);
    case NODE_AND:
    case NODE_OR:
      /* Short-circuit, as in C: "n != 0 && 10 / n > 1" is fine. */
      if (!eval_node (nodes, node->operands[0], n, &a))
        return FALSE;
      if ((node->kind == NODE_AND) == (a == 0))
        {
          *result = a != 0;
          return TRUE;
        }
      if (!eval_node (nodes, node->operands[1], n, &b))
        return FALSE;
      *result = b != 0;
      return TRUE;
    case NODE_NOT:
      if (!eval_node (nodes, node->operands[0], n, &a))
        return FALSE;
      *result = a == 0;
      return TRUE;
    default:
      break;
    }

  if (!eval_node (nodes, node->operands[0], n, &a) ||
      !eval_node (nodes, node->operands[1], n, &b))
    return FALSE;
  switch (node->kind)
    {
    case NODE_MUL: *result = a * b; return TRUE;
    case NODE_DIV: *result = b != 0 ? a / b : 0; return b != 0;
    case NODE_MOD: *result = b != 0 ? a % b : 0; return b != 0;
    case NODE_ADD: *result = a + b; return TRUE;
    case NODE_SUB: *result = a - b; return TRUE;
    case NODE_LT: *result = a < b; return TRUE;
    case NODE_GT: *result = a > b; return TRUE;
    case NODE_LE: *result = a <= b; return TRUE;
    case NODE_GE: *result = a >= b; return TRUE;
    case NODE_EQ: *result = a == b; return TRUE;
    case NODE_NE: *result = a != b; return TRUE;
    default:
      g_assert_not_reached ();
    }
}

/* The header. */

/* The value of the header field @name (without the colon), up to the end
 * of its line, or NULL. */
static char *
dup_field (const char *header,
           const char *name)
{
  gsize length = strlen (name);

  for (const char *line = header; *line != '\0'; line++)
    {
      if (g_ascii_strncasecmp (line, name, length) == 0 && line[length] == ':')
        return g_strndup (line + length + 1, strcspn (line + length + 1, "\n"));
      line += strcspn (line, "\n");
      if (*line == '\0')
        break;
    }
  return NULL;
}

/* "nplurals=3" or " plural = n != 1 ": @value points after the "=". */
static gboolean
is_setting (const char  *part,
            const char  *name,
            const char **value)
{
  part += strspn (part, " \t");
  if (strncmp (part, name, strlen (name)) != 0)
    return FALSE;
  part += strlen (name);
  part += strspn (part, " \t");
  if (*part != '=')
    return FALSE;
  *value = part + 1;
  return TRUE;
}

static gboolean
parse_n_plurals (const char *text,
                 guint      *n_plurals)
{
  guint64 value;
  char *end = NULL;

  text += strspn (text, " \t");
  if (!g_ascii_isdigit (*text))
    return FALSE;
  value = g_ascii_strtoull (text, &end, 10);
  end += strspn (end, " \t\r");
  if (*end != '\0' || value < 1 || value > MAX_PLURALS)
    return FALSE;
  *n_plurals = value;
  return TRUE;
}

/* Reads "nplurals=N; plural=EXPRESSION;" into @rule. */
static gboolean
parse_plural_forms (SylPluralRule *rule,
                    const char    *forms)
{
  g_auto(GStrv) parts = g_strsplit (forms, ";", -1);
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (Node));
  gboolean has_n_plurals = FALSE;
  gboolean has_plural = FALSE;
  const char *value;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (is_setting (parts[i], "nplurals", &value))
        {
          if (has_n_plurals || !parse_n_plurals (value, &rule->n_plurals))
            return FALSE;
          has_n_plurals = TRUE;
        }
      else if (is_setting (parts[i], "plural", &value))
        {
          Parser parser = { value, nodes, 0 };

          if (has_plural || !parse_expression (&parser, &rule->root))
            return FALSE;
          skip_spaces (&parser);
          if (*parser.p != '\0')
            return FALSE;
          has_plural = TRUE;
        }
      else if (parts[i][strspn (parts[i], " \t\r")] != '\0')
        return FALSE;
    }
  if (!has_n_plurals || !has_plural)
    return FALSE;
  rule->nodes = g_steal_pointer (&nodes);
  return TRUE;
}

/**
 * _syl_plural_rule_new_from_header:
 * @header: the translation of "" in a catalogue, its header
 *
 * Returns: (transfer full): the rule the header's Plural-Forms field
 *   gives, or n != 1 when there is none or it cannot be read
 */
SylPluralRule *
_syl_plural_rule_new_from_header (const char *header)
{
  SylPluralRule *rule = g_new0 (SylPluralRule, 1);
  g_autofree char *forms = header != NULL ? dup_field (header, "Plural-Forms") : NULL;

  if (forms != NULL && !parse_plural_forms (rule, forms))
    g_debug ("Ignoring the catalogue's plural forms, which cannot be read: %s", forms);
  if (rule->nodes == NULL)
    rule->n_plurals = 2;
  return rule;
}

void
_syl_plural_rule_free (SylPluralRule *rule)
{
  if (rule == NULL)
    return;
  g_clear_pointer (&rule->nodes, g_array_unref);
  g_free (rule);
}

guint
_syl_plural_rule_get_n_plurals (SylPluralRule *rule)
{
  return rule->n_plurals;
}

/**
 * _syl_plural_rule_eval:
 *
 * Returns: the plural form @n takes, less than the number of forms
 */
gulong
_syl_plural_rule_eval (SylPluralRule *rule,
                       gulong         n)
{
  gulong index = n != 1;

  if (rule->nodes != NULL &&
      !eval_node ((const Node *) rule->nodes->data, rule->root, n, &index))
    index = n != 1;
  /* As gettext does with a form the language does not have. */
  return index < rule->n_plurals ? index : 0;
}
