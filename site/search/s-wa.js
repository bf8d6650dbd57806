DossierSearch.shard("wa", {"walk":"4.6","wang":"3.6,1.6","wants":"1.6","want~":"1.6","war":"0.2,1.1,2.1,1.2","warhead":"2.6","warned":"1.6","warn~":"1.6","washington":"0.1,1.1,1.1,1.1,1.1"});
