package kz.egmis.database.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.egmis.database.DatabaseSettings;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseSettings databaseSettings(@Value("${egmis.data-dir}") String dataDirectory,
                                      @Value("${egmis.db.url:}") String url,
                                      @Value("${egmis.db.user:postgres}") String user,
                                      @Value("${egmis.db.password:}") String password) {
        return new DatabaseSettings(Path.of(dataDirectory).toAbsolutePath().normalize(), url, user, password);
    }

    @Bean(destroyMethod = "close")
    DataFolder dataFolder(DatabaseSettings settings) {
        return DataFolder.open(settings.dataDirectory());
    }

    @Bean(destroyMethod = "close")
    DatabaseConnection databaseConnection(DatabaseSettings settings, DataFolder dataFolder) {
        return DatabaseConnection.open(settings, dataFolder);
    }

    /** The pool belongs to {@link DatabaseConnection}, which closes it before stopping the server. */
    @Bean(destroyMethod = "")
    DataSource dataSource(DatabaseConnection connection) {
        return connection.dataSource();
    }
}
