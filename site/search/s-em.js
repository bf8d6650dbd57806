DossierSearch.shard("em", {"emanating":"2.4,2.4","eman~":"2.4,2.4","emerge":"0.6","emerged":"2.2,1.2,1.2","emerging":"0.2,2.2,2.2","emerg~":"0.2,2.2,1.1,1.2","emphasis":"3.6","emphasi~":"3.6"});
