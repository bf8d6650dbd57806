DossierSearch.shard("wa", {"walk":"3.6","wang":"2.6,1.6","wants":"4.6","war":"0.2,2.1,1.2,1.1","warhead":"1.6","warned":"4.6","washington":"0.1,1.1,1.1,1.1,1.1"});
