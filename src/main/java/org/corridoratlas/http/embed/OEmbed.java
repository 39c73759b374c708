package org.corridoratlas.http.embed;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An oEmbed 1.0 "rich" response (https://oembed.com/, section 2.3.4). */
public record OEmbed(String type, String version, String title,
    @JsonProperty("provider_name") String providerName, @JsonProperty("provider_url") String providerUrl,
    @JsonProperty("cache_age") int cacheAgeSeconds, String html, int width, int height,
    @JsonProperty("thumbnail_url") String thumbnailUrl, @JsonProperty("thumbnail_width") int thumbnailWidth,
    @JsonProperty("thumbnail_height") int thumbnailHeight) {
  public static final String PROVIDER = "Corridor Atlas";
}
