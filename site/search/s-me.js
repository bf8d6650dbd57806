DossierSearch.shard("me", {"means":"4.6","meeting":"1.2,1.4,1.2","meetings":"2.6","mentality":"2.6","mention":"2.4,1.4","merits":"0.6","merkel":"2.9","met":"2.8"});
