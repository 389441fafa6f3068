// article.h first: the value types header is self-contained.
#include "newsdesk/article.h"

#include <gtest/gtest.h>

namespace newsdesk {
namespace {

// A freshly assembled article carries no store identity: the writer assigns it.
TEST(Article, DefaultHasNoStoreIdentity) {
  const Article a;
  EXPECT_EQ(a.id, 0);
  EXPECT_EQ(a.story_id, 0);
  EXPECT_EQ(a.duplicate_of, 0);
  EXPECT_EQ(a.run_id, 0);
  EXPECT_TRUE(a.published.empty());
}

}  // namespace
}  // namespace newsdesk
