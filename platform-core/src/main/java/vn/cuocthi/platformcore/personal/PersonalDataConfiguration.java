package vn.cuocthi.platformcore.personal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys from {@code CUOCTHI_DATA_KEYS} and {@code CUOCTHI_DATA_LOOKUP_KEY} (with
 * {@code CUOCTHI_DATA_LOOKUP_KEY_PREVIOUS} while the look-up key rotates). Without them the application does not
 * start: a local run gets them from the data folder (the local infrastructure writes them there once), production
 * from its secret store.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    PersonalData personalData(@Value("${cuocthi.data-keys:}") String sealingKeys,
                              @Value("${cuocthi.data-lookup-key:}") String lookupKey,
                              @Value("${cuocthi.data-lookup-key-previous:}") String previousLookupKey) {
        return new PersonalData(DataKeys.parse(sealingKeys, lookupKey, previousLookupKey));
    }
}
