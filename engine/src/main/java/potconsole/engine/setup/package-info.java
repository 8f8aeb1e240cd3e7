/**
 * Setting a FreeBSD host up for pot (issue 20): one read-only probe of what the host has ({@link
 * potconsole.engine.setup.SetupProbe}), the steps from there to a host with a base ({@link
 * potconsole.engine.setup.SetupStep}), the pot.conf form with pot's rules ({@link potconsole.engine.setup.PotConf})
 * and its atomic write with the old file kept ({@link potconsole.engine.setup.PotConfWriter}).
 */
package potconsole.engine.setup;
