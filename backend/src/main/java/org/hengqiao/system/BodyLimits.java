package org.hengqiao.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body that is not an upload (JSON above all) may be. The largest the portal sends is a result
 * with a long abstract and team (tens of kilobytes); uploads have their own limits ({@link UploadProperties}).
 *
 * @param maxBodySize the limit of every body that is not multipart, checked before anything parses it
 */
@ConfigurationProperties("hengqiao.requests")
record BodyLimits(@DefaultValue("1MB") DataSize maxBodySize) {

}
