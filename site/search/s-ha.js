DossierSearch.shard("ha", {"hampered":"1.6","hand":"4.6","happened":"0.6","hard":"0.6","harsher":"2.6"});
