package dev.clearance.spark;

import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.Screener;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.JavaSerializer;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The broadcast payload travels under either Spark serializer, and each JVM builds its screener once. */
class ScreeningListsTest {
    private static final ClassTag<ScreeningLists> TAG = ClassTag$.MODULE$.apply(ScreeningLists.class);

    private static ScreeningLists roundTrip(SerializerInstance s, ScreeningLists lists) {
        return s.deserialize(s.serialize(lists, TAG), TAG);
    }

    @Test
    void travelsUnderKryoAndJavaSerialisation() {
        ScreeningLists lists = ScreeningLists.only(SparkScreeningTest.LIST, Set.of("hand:petrov-4"));
        for (SerializerInstance s : new SerializerInstance[] {
                new KryoSerializer(new SparkConf()).newInstance(), new JavaSerializer(new SparkConf()).newInstance()}) {
            ScreeningLists back = roundTrip(s, lists);
            assertThat(back.size()).isEqualTo(SparkScreeningTest.LIST.size());
            assertThat(back.isDelta()).isTrue();
            assertThat(back.toScreen()).containsExactly("hand:petrov-4");
            assertThat(back.whole().entries()).isEqualTo(SparkScreeningTest.LIST);
            assertThat(back.screened().screen(Query.of("Ivan Petrov"), Screener.DEFAULT_THRESHOLD, 10))
                    .extracting(m -> m.entry().id()).containsExactly("hand:petrov-4");
        }
    }

    @Test
    void oneScreenerPerJvm() {
        ScreeningLists lists = ScreeningLists.full(SparkScreeningTest.LIST);
        ScreeningLists copy = roundTrip(new JavaSerializer(new SparkConf()).newInstance(), lists);
        assertThat(copy.whole()).isSameAs(lists.whole());
        assertThat(copy.screened()).isSameAs(lists.whole());
        assertThat(ScreeningLists.full(SparkScreeningTest.LIST).whole()).isNotSameAs(lists.whole());
    }
}
