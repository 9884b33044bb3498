#include "core/field_checks.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace claimgraph::core {
namespace {

TEST(FieldChecksTest, AcceptsRealDates) {
  for (const char* date : {"2022-12-19", "2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01",
                           "2023-01-31", "2023-04-30", "9999-12-31"}) {
    EXPECT_TRUE(is_valid_date(date)) << date;
  }
}

TEST(FieldChecksTest, RejectsImpossibleDates) {
  for (const char* date : {"2022-13-45", "2022-00-10", "2022-01-00", "2022-04-31", "2023-02-29",
                           "1900-02-29", "2100-02-29", "2022-02-30", "0000-01-01", "2022-01-32"}) {
    EXPECT_FALSE(is_valid_date(date)) << date;
  }
}

TEST(FieldChecksTest, RejectsOtherShapes) {
  for (const char* date : {"", "2022-1-19", "2022-01-9", "22-01-19", "2022/01/19", "2022-01-19 ",
                           " 2022-01-19", "2022-01-19T00:00", "19.12.2022", "2022-0a-19",
                           "+022-01-19", "2022--1-19", "２０２２-01-19"}) {
    EXPECT_FALSE(is_valid_date(date)) << date;
  }
}

TEST(FieldChecksTest, ConfidenceIsWithinZeroAndOne) {
  EXPECT_TRUE(is_valid_confidence(0.0));
  EXPECT_TRUE(is_valid_confidence(1.0));
  EXPECT_TRUE(is_valid_confidence(0.5));
  EXPECT_FALSE(is_valid_confidence(-0.001));
  EXPECT_FALSE(is_valid_confidence(1.0001));
  EXPECT_FALSE(is_valid_confidence(std::numeric_limits<double>::quiet_NaN()));
  EXPECT_FALSE(is_valid_confidence(std::numeric_limits<double>::infinity()));
}

}  // namespace
}  // namespace claimgraph::core
