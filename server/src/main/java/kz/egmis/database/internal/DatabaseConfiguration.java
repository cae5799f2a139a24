package kz.egmis.database.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
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

    /**
     * The data folder is created and locked before anything writes into it. A command that only reads it
     * ({@code verify}, with {@code egmis.data-dir.read-only}) takes it only to run the embedded server in it, so that
     * it can read an external database next to a running server.
     */
    @Bean(destroyMethod = "close")
    DatabaseConnection databaseConnection(DatabaseSettings settings, ObjectProvider<DataFolder> dataFolder,
                                          @Value("${egmis.data-dir.read-only:false}") boolean readOnly) {
        if (!readOnly) {
            dataFolder.getObject();
        }
        return DatabaseConnection.open(settings, dataFolder::getObject);
    }

    /** The pool belongs to {@link DatabaseConnection}, which closes it before stopping the server. */
    @Bean(destroyMethod = "")
    DataSource dataSource(DatabaseConnection connection) {
        return connection.dataSource();
    }
}
