/**
 * What every feature may use: coded start-up failures, Kazakhstan time. Knows nothing of any feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.egmis.platform;
