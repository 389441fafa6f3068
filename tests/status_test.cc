#include "newsdesk/status.h"  // first: the header is self-contained

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace newsdesk {
namespace {

TEST(Status, DefaultIsOkAndPrintsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
  EXPECT_EQ(s.message(), "");
}

TEST(Status, FactoryCarriesCodeAndMessage) {
  Status s = Status::InvalidArgument("bad URL: htp:/x");
  EXPECT_FALSE(s.ok());
  EXPECT_TRUE(s.IsInvalidArgument());
  EXPECT_FALSE(s.IsNotFound());
  EXPECT_EQ(s.message(), "bad URL: htp:/x");
  EXPECT_EQ(s.ToString(), "Invalid argument: bad URL: htp:/x");
}

TEST(Status, CopyIsDeepAndMoveLeavesValue) {
  Status a = Status::Unavailable("503");
  Status b = a;
  EXPECT_EQ(b.ToString(), a.ToString());
  Status c = std::move(a);
  EXPECT_TRUE(c.IsUnavailable());
}

TEST(Result, HoldsValueOrStatus) {
  Result<int> v = 42;
  ASSERT_OK(v);
  EXPECT_EQ(*v, 42);
  Result<int> e = Status::NotFound("no such page");
  EXPECT_FALSE(e.ok());
  EXPECT_TRUE(e.status().IsNotFound());
}

// An aggregate whose first member brace-elision could fill: the converting constructor of
// std::variant must not be allowed to pick it for a Status.
struct Aggregate {
  Status first;
  std::string second;
};

TEST(Result, StatusOfAnAggregateIsAnError) {
  Result<Aggregate> e = Status::InvalidArgument("bad config");
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().ToString(), "Invalid argument: bad config");
  Result<Aggregate> v = Aggregate{Status::OK(), "x"};
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->second, "x");
}

}  // namespace
}  // namespace newsdesk
